import { isMiroBoard, type BoardTarget } from './boardTarget';
import { useEffect, useState } from 'preact/hooks';
import { canUseVoting } from '../miro/panelCalls';

/** False until `canUse('voting')` answers true for this board. */
export function useVotingAvailable(miro: BoardTarget): boolean {
  const [available, setAvailable] = useState(false);
  useEffect(() => {
    // Native voting is Miro's: on MURAL the dots are counted.
    if (!isMiroBoard(miro)) return;
    let current = true;
    void canUseVoting(miro).then((answer) => {
      if (current) setAvailable(answer);
    });
    return () => {
      current = false;
    };
  }, [miro]);
  return available;
}

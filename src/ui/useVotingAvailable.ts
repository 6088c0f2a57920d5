import type { Miro } from '@mirohq/websdk-types';
import { useEffect, useState } from 'preact/hooks';
import { canUseVoting } from '../miro/panelCalls';

/** False until `canUse('voting')` answers true for this board. */
export function useVotingAvailable(miro: Miro): boolean {
  const [available, setAvailable] = useState(false);
  useEffect(() => {
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

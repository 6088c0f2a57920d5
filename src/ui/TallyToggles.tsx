type TallyTogglesProps = {
  live: boolean;
  onLiveChange: (live: boolean) => void;
  /** Whether the board's plan has Miro voting; without it the votes option is not offered. */
  votingAvailable: boolean;
  includeVotes: boolean;
  onIncludeVotesChange: (include: boolean) => void;
};

export function TallyToggles({ live, onLiveChange, votingAvailable, includeVotes, onIncludeVotesChange }: TallyTogglesProps) {
  return (
    <div class="tally-toggles">
      <label class="checkbox">
        <input type="checkbox" checked={live} onChange={(event) => onLiveChange(event.currentTarget.checked)} />
        <span>Live</span>
      </label>
      {votingAvailable ? (
        <label class="checkbox">
          <input type="checkbox" checked={includeVotes} onChange={(event) => onIncludeVotesChange(event.currentTarget.checked)} />
          <span>Include Miro votes</span>
        </label>
      ) : null}
    </div>
  );
}

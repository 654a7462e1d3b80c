import { groupsNl } from '../../i18n/nl';
import type { PlaceProblem } from './types';

interface PlaceProblemNoticeProps {
  problem: PlaceProblem;
  /** Re-runs the search (or fills the field) with the chosen place. */
  onChoose: (label: string) => void;
}

/**
 * For a place the API could not pin down: the places an ambiguous name can mean, or suggestions
 * for a misspelt one, as buttons. The problem's own sentence is shown (and announced) elsewhere.
 */
export function PlaceProblemNotice({ problem, onChoose }: PlaceProblemNoticeProps) {
  const options = problem.options?.map((option) => option.label) ?? [];
  const choices = options.length > 0 ? options : (problem.suggestions ?? []);
  if (choices.length === 0) return null;
  const heading = options.length > 0 ? groupsNl.finder.placeProblemOptions : groupsNl.finder.placeProblemSuggestions;
  return (
    <div className="place-choices">
      <p className="place-choices__heading">{heading}</p>
      <ul className="place-choices__list">
        {choices.map((label) => (
          <li key={label}>
            <button type="button" className="button button--secondary button--small" onClick={() => onChoose(label)}>
              {label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The extra fields of a finder or group-form 422 problem, if it is about a place. */
export function asPlaceProblem(problem: PlaceProblem): PlaceProblem | null {
  return (problem.options?.length ?? 0) > 0 || (problem.suggestions?.length ?? 0) > 0 ? problem : null;
}

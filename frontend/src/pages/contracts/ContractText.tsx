import { CONTRACT_SECTIONS, contractSectionLabels } from '../../i18n/nl';
import { paragraphs } from './contractState';
import type { ContractSections } from './types';

/** The four sections of a contract version, each under its own heading. */
export function ContractText({ contract, level = 3 }: { contract: ContractSections; level?: 3 | 4 }) {
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <div className="contract-text">
      {CONTRACT_SECTIONS.map((key) => (
        <section key={key} className="contract-text__section">
          <Heading className="contract-text__heading">{contractSectionLabels[key]}</Heading>
          {paragraphs(contract[key]).map((paragraph, index) => (
            <p key={index} className="preserve-lines">
              {paragraph}
            </p>
          ))}
        </section>
      ))}
    </div>
  );
}

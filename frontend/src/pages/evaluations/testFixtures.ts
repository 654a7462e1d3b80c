import type { QuestionPublic, QuestionSet } from './types';

const agreement = [
  { value: 1, label: 'Helemaal oneens' },
  { value: 2, label: 'Oneens' },
  { value: 3, label: 'Neutraal' },
  { value: 4, label: 'Eens' },
  { value: 5, label: 'Helemaal eens' },
];
const depth = [
  { value: 1, label: 'De casus zelf' },
  { value: 2, label: 'Het handelen van de casusinbrenger' },
  { value: 3, label: 'Waarden en overtuigingen' },
];

function question(key: string, label: string, text: string, extra: Partial<QuestionPublic> = {}): QuestionPublic {
  return { key, label, text, help: null, optional: false, scale_min: 1, scale_max: 5, scale_labels: agreement, ...extra };
}

/** The questions as GET /evaluations/questions sends them (backend evaluations/questions.py). */
export const questionSet: QuestionSet = {
  session: [
    question('safety', 'Veiligheid', 'Ik voelde me veilig genoeg om open te zijn.'),
    question('structure', 'Structuur', 'De bijeenkomst had een duidelijke opbouw.'),
    question('preparation', 'Voorbereiding', 'De casus en de hulpvraag waren vooraf goed voorbereid.'),
    question('facilitator', 'Begeleiding', 'De facilitator bewaakte het proces en de tijd goed.', {
      optional: true,
      help: 'Sla deze vraag over als er geen facilitator was.',
    }),
    question('everyone_heard', 'Iedereen aan bod', 'Iedereen kreeg de ruimte om bij te dragen.'),
    question('depth_level', 'Diepgang', 'Tot welk niveau kwam het gesprek?', { scale_max: 3, scale_labels: depth }),
    question('learned', 'Geleerd', 'Ik heb iets geleerd dat ik in mijn werk kan gebruiken.'),
    question('will_do_differently', 'Anders doen', 'Ik weet wat ik na deze bijeenkomst anders ga doen.'),
  ],
  yearly: [
    question('functioning', 'Samenwerking', 'Als groep hebben we dit jaar goed samengewerkt.'),
    question('balance', 'Balans', 'Spreken en luisteren waren in balans: iedereen kreeg ruimte.'),
    question('methods', 'Methodes', 'De methodes die we gebruikten pasten bij onze vragen.'),
    question('agreements_kept', 'Afspraken nagekomen', 'We zijn de afspraken uit ons groepscontract nagekomen.'),
    question('frequency', 'Frequentie', 'Hoe vaak we bij elkaar kwamen, paste bij ons.'),
    question('organisation', 'Organisatie', 'De praktische kant (plek, tijd, rollen, voorbereiding) was goed geregeld.'),
  ],
};

export const sessionAnswers = {
  safety: 4,
  structure: 5,
  preparation: 3,
  facilitator: null,
  everyone_heard: 4,
  depth_level: 2,
  learned: 4,
  will_do_differently: 3,
};

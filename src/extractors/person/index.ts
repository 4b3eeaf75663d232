import type { Extractor } from '../../engine/extractor.ts';
import { personAfterRole, personAfterSignature, personBeforeAppointment, registeredNewPersons } from './role.ts';
import { chineseByline, chineseEditorLine, chineseSlashCredit, englishByline, englishByLine } from './byline.ts';
import { englishAppositivePerson, englishContributor, englishTitledPerson } from './english.ts';
import { personBeforeSpeech, personBiography, personPseudonym, transliteratedPerson, englishSpeaker } from './context.ts';

export const personExtractors: Extractor<'person'>[] = [
  personAfterRole,
  personBeforeAppointment,
  registeredNewPersons,
  personAfterSignature,
  chineseByline,
  chineseEditorLine,
  chineseSlashCredit,
  englishByline,
  englishByLine,
  personBiography,
  personBeforeSpeech,
  personPseudonym,
  transliteratedPerson,
  englishSpeaker,
  englishContributor,
  englishTitledPerson,
  englishAppositivePerson,
];

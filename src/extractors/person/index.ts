import type { Extractor } from '../../engine/extractor.ts';
import { personAfterRole, personBeforeAppointment, registeredNewPersons } from './role.ts';
import { chineseByline, chineseEditorLine, englishByline } from './byline.ts';
import { personBiography, personPseudonym, transliteratedPerson, englishSpeaker } from './context.ts';

export const personExtractors: Extractor<'person'>[] = [
  personAfterRole,
  personBeforeAppointment,
  registeredNewPersons,
  chineseByline,
  chineseEditorLine,
  englishByline,
  personBiography,
  personPseudonym,
  transliteratedPerson,
  englishSpeaker,
];

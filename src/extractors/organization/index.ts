import type { Extractor } from '../../engine/extractor.ts';
import { gazetteerOrganization } from './gazetteer.ts';
import { legalSuffixOrganization } from './suffix.ts';
import { aliasDefinitionOrganization } from './alias-definition.ts';
import { nameBesideCode } from './beside-code.ts';
import {
  ownershipOrganization,
  announcingOrganization,
  latinSubjectOrganization,
  investorOrganization,
  stockOfOrganization,
  latinEmployerOrganization,
  listOfCompanies,
  namedPlatformOrganization,
  subsidiaryShortName,
  publisherOrganization,
  rankedOrganization,
  statisticsSourceOrganization,
  caseAgainstOrganization,
  stakeOfOrganization,
  partnerOrganization,
  spokesOrganization,
  fundedOrganization,
} from './context.ts';
import { digestItemOrganization } from './digest.ts';
import { employerBeforeExecutive, employerHeading, organizationAfterCue, ownedOrganization, ownedPlatformOrganization, researchHouseOrganization } from './cue.ts';
import { englishNameBesideTicker, englishLegalSuffix, englishAcronymDefinition, englishCompanyOfShares, englishCuedOrganization, englishAcquiredOrganization } from './english.ts';

export const organizationExtractors: Extractor<'organization'>[] = [
  gazetteerOrganization,
  aliasDefinitionOrganization,
  legalSuffixOrganization,
  nameBesideCode,
  ownershipOrganization,
  announcingOrganization,
  latinSubjectOrganization,
  investorOrganization,
  stockOfOrganization,
  latinEmployerOrganization,
  listOfCompanies,
  namedPlatformOrganization,
  subsidiaryShortName,
  publisherOrganization,
  rankedOrganization,
  statisticsSourceOrganization,
  caseAgainstOrganization,
  stakeOfOrganization,
  partnerOrganization,
  spokesOrganization,
  fundedOrganization,
  digestItemOrganization,
  organizationAfterCue,
  ownedOrganization,
  ownedPlatformOrganization,
  employerBeforeExecutive,
  employerHeading,
  researchHouseOrganization,
  englishNameBesideTicker,
  englishLegalSuffix,
  englishAcronymDefinition,
  englishCompanyOfShares,
  englishCuedOrganization,
  englishAcquiredOrganization,
];

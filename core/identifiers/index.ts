export {
  ageOn,
  RESIDENT_ID_15_PATTERN,
  RESIDENT_ID_18_PATTERN,
  type ResidentIdReading,
  readResidentId,
} from './resident-id';
export {
  checkUnifiedSocialCreditCode,
  isIndividualBusinessCode,
  isValidUnifiedSocialCreditCode,
  normaliseUnifiedSocialCreditCode,
  UNIFIED_SOCIAL_CREDIT_CODE_ALPHABET,
  UNIFIED_SOCIAL_CREDIT_CODE_PATTERN,
  type UnifiedSocialCreditCodeCheck,
  UnifiedSocialCreditCodeProblem,
  unifiedSocialCreditCodeCheckCharacter,
} from './unified-social-credit-code';

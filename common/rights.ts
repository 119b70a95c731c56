/**
 * The rights catalogue: openIMIS's numeric right codes, grouped by module. Shared by the server
 * (route guards) and the web app (menus). Labels are translated under `rights:<code>` (and the
 * module names under `rights:module.<module>`), see common/i18n/<lang>/rights.json.
 *
 * Sources (facts only, nothing copied):
 *  - [DB]   openimis/database_ms_sqlserver sql/base/5_base_data.sql: tblRole (system roles and
 *           their IsSystem codes) and tblRoleRight (the rights each system role is seeded with).
 *  - [VB]   openimis/web_app_vb "IMIS WEB/IMIS_EN/Enums.vb" (Enum Rights): the legacy meaning of
 *           every code; IMISExtracts.aspx.vb for how the 1311xx extract rights are used.
 *  - [FE]   openIMIS frontend constants (src/constants.js) of fe-insuree, fe-policy, fe-claim,
 *           fe-claim_batch, fe-product, fe-location, fe-admin, fe-core, fe-tools.
 *  - [BE]   openIMIS backend module configs (apps.py) of be-core, be-claim, be-insuree,
 *           be-policy, be-contribution, be-payment, be-product, be-location, be-payer,
 *           be-medical_pricelist, be-report, be-tools.
 *
 * Deliberately NOT in the catalogue:
 *  - the legacy "section" codes of [VB] (101000, 101100, 111000, 111100, 121000 … 131300,
 *    130000): not seeded for any role; only 122000 and 131200 are seeded [DB] and kept;
 *  - 111003 (claim edit: [VB] only, commented out in [FE] fe-claim, never seeded);
 *  - 111013–111019 ([BE] be-claim: return / head-branch workflow; [VB] uses 111013 for
 *    "preview" instead — the sources disagree and none of them is seeded);
 *  - 900101 ([BE] be-core "view masked data"): outside the insurance rights blocks;
 *  - diagnoses have no CRUD rights in openIMIS: they are only maintained through the
 *    registers upload/download rights 131001/131002.
 */

/** The modules rights are grouped by, in menu order. */
export const rightModules = [
  'family',
  'insuree',
  'policy',
  'contribution',
  'payment',
  'claim',
  'batch',
  'product',
  'healthFacility',
  'priceList',
  'medical',
  'officer',
  'claimAdmin',
  'user',
  'payer',
  'location',
  'role',
  'registers',
  'extracts',
  'reports',
  'tools',
] as const;

export type RightModule = (typeof rightModules)[number];

export interface RightDef {
  code: number;
  module: string;
}

export const Rights = {
  // Families 1010xx [VB][FE fe-insuree][DB]
  familySearch: 101001,
  familyAdd: 101002,
  familyEdit: 101003,
  familyDelete: 101004,
  // Insurees 1011xx [VB][FE fe-insuree][DB]
  insureeSearch: 101101,
  insureeAdd: 101102,
  insureeEdit: 101103,
  insureeDelete: 101104,
  insureeEnquire: 101105, // "enquire" = coverage enquiry on an insuree [VB EnquireInsuree][FE RIGHT_INSUREE_ENQUIRE]
  // Policies 1012xx [VB][FE fe-policy][BE be-policy][DB]
  policySearch: 101201,
  policyAdd: 101202,
  policyEdit: 101203, // also used for suspending a policy [BE be-policy edit mutation]
  policyDelete: 101204,
  policyRenew: 101205,
  // Contributions 1013xx [VB][BE be-contribution][DB]
  contributionSearch: 101301,
  contributionAdd: 101302,
  contributionEdit: 101303,
  contributionDelete: 101304,
  // Payments 1014xx [VB][BE be-payment][DB]
  paymentSearch: 101401,
  paymentAdd: 101402,
  paymentEdit: 101403,
  paymentDelete: 101404,
  // Claims 1110xx [VB][FE fe-claim][BE be-claim][DB]; 111003 intentionally absent (see header)
  claimSearch: 111001,
  claimAdd: 111002,
  claimDelete: 111004,
  claimLoad: 111005,
  claimPrint: 111006,
  claimSubmit: 111007,
  claimReview: 111008, // deliver a review
  claimFeedback: 111009, // deliver feedback
  claimUpdate: 111010, // select / bypass / skip claims for review and feedback [BE be-claim]
  claimProcess: 111011,
  claimRestore: 111012, // [FE RIGHT_RESTORE][BE restore mutation][DB seeded to Claim Administrator]; [VB] calls it "Filter"
  // Batch runs 1111xx [VB][FE fe-claim_batch][DB]
  batchProcess: 111101,
  batchFilter: 111102,
  batchPreview: 111103,
  // Products 1210xx [VB][FE fe-product, fe-admin][BE be-product][DB]
  productSearch: 121001,
  productAdd: 121002,
  productEdit: 121003,
  productDelete: 121004,
  productDuplicate: 121005,
  // Health facilities 1211xx [VB][FE fe-location][BE be-location][DB]
  healthFacilitySearch: 121101,
  healthFacilityAdd: 121102,
  healthFacilityEdit: 121103,
  healthFacilityDelete: 121104,
  // Medical services price lists 1212xx [VB][BE be-medical_pricelist][DB]
  servicePriceListSearch: 121201,
  servicePriceListAdd: 121202,
  servicePriceListEdit: 121203,
  servicePriceListDelete: 121204,
  servicePriceListDuplicate: 121205,
  // Medical items price lists 1213xx [VB][BE be-medical_pricelist][DB]
  itemPriceListSearch: 121301,
  itemPriceListAdd: 121302,
  itemPriceListEdit: 121303,
  itemPriceListDelete: 121304,
  itemPriceListDuplicate: 121305,
  // Medical services 1214xx [VB][FE fe-admin][DB]
  medicalServiceSearch: 121401,
  medicalServiceAdd: 121402,
  medicalServiceEdit: 121403,
  medicalServiceDelete: 121404,
  // Enrolment officers 1215xx [VB][BE be-core][DB]
  officerSearch: 121501,
  officerAdd: 121502,
  officerEdit: 121503,
  officerDelete: 121504,
  // Claim administrators 1216xx [VB][BE be-core][DB]
  claimAdminSearch: 121601,
  claimAdminAdd: 121602,
  claimAdminEdit: 121603,
  claimAdminDelete: 121604,
  // Users 1217xx [VB][BE be-core][DB]
  userSearch: 121701,
  userAdd: 121702,
  userEdit: 121703,
  userDelete: 121704,
  // Payers 1218xx [VB][BE be-payer][DB]. Older be-payer versions guarded payer update with
  // 122103 (the medical-item edit code); [VB] and [DB] use 121803, as here.
  payerSearch: 121801,
  payerAdd: 121802,
  payerEdit: 121803,
  payerDelete: 121804,
  // Locations 1219xx [VB][FE fe-location][BE be-location][DB]. 121906 is [FE]/[BE] only (not in
  // [VB], not seeded).
  locationSearch: 121901,
  locationAdd: 121902,
  locationEdit: 121903,
  locationDelete: 121904,
  locationMove: 121905,
  regionAdd: 121906,
  // Roles ("user profiles") 1220xx [VB][FE fe-core][BE be-core][DB]
  userProfiles: 122000, // section right: [VB] userProfiles, [BE] users-profile query; seeded to IMIS Administrator
  roleSearch: 122001,
  roleAdd: 122002,
  roleEdit: 122003,
  roleDelete: 122004,
  roleDuplicate: 122005,
  roleReplace: 122006, // [BE be-core] replace-role mutation only: not in [VB], not seeded
  // Medical items 1221xx [VB][FE fe-admin][DB]
  medicalItemSearch: 122101,
  medicalItemAdd: 122102,
  medicalItemEdit: 122103,
  medicalItemDelete: 122104,
  // Registers 1310xx: [VB] 131001 = diagnoses upload, 131002 = download (odd = upload, even =
  // download). 131007–131010 (items, services) exist only in [FE fe-tools]/[BE be-tools]; their
  // upload/download split is inferred from the same odd/even pattern (unverified). One stored
  // be-tools version reads the pairs the other way round (odd = download): sources disagree,
  // [VB] is followed here.
  diagnosesUpload: 131001,
  diagnosesDownload: 131002,
  healthFacilitiesUpload: 131003,
  healthFacilitiesDownload: 131004,
  locationsUpload: 131005,
  locationsDownload: 131006,
  itemsUpload: 131007,
  itemsDownload: 131008,
  servicesUpload: 131009,
  servicesDownload: 131010,
  // Extracts 1311xx [VB][FE fe-tools][DB]. 131107 (renewals upload) is [DB] only (seeded to
  // Scheme Administrator, "OTC-66: renewal upload"). One stored be-tools version maps 131103 to
  // the phone extract and 131105/131106 to officer renewals/feedback downloads: [VB] is followed.
  masterDataDownload: 131101,
  phoneExtractCreate: 131102,
  offlineExtractCreate: 131103,
  claimsUpload: 131104,
  enrolmentsUpload: 131105,
  feedbackUpload: 131106,
  renewalsUpload: 131107,
  // Reports 1312xx: one right per report [VB][FE fe-tools][BE be-report][DB]; 131224–131226
  // (report definitions) are [FE]/[BE] only.
  reportList: 131200, // access to the reports page / list [BE be-report query]; seeded to Enrolment Officer
  reportPrimaryIndicatorsPolicies: 131201,
  reportPrimaryIndicatorsClaims: 131202,
  reportDerivedIndicators: 131203,
  reportContributionCollection: 131204,
  reportProductSales: 131205,
  reportContributionDistribution: 131206,
  reportUserActivity: 131207,
  reportEnrolmentPerformance: 131208,
  reportStatusOfRegisters: 131209,
  reportInsureesWithoutPhotos: 131210,
  reportPaymentCategoryOverview: 131211,
  reportMatchingFunds: 131212,
  reportClaimOverview: 131213,
  reportPercentageReferrals: 131214,
  reportFamiliesInsureesOverview: 131215,
  reportPendingInsurees: 131216,
  reportRenewals: 131217,
  reportCapitationPayment: 131218,
  reportRejectedPhotos: 131219,
  reportContributionPayment: 131220,
  reportControlNumberAssignment: 131221,
  reportOverviewOfCommissions: 131222,
  reportClaimHistory: 131223,
  reportDefinitionAdd: 131224,
  reportDefinitionEdit: 131225,
  reportDefinitionDelete: 131226,
  // Utilities 1313xx and funding 1314xx [VB][FE fe-tools][DB]
  databaseBackup: 131301,
  databaseRestore: 131302,
  executeScripts: 131303,
  emailSettings: 131304,
  fundingAdd: 131401,
} as const;

export type RightName = keyof typeof Rights;

/** The module of a right code, from its 4-digit block (1010xx families, …). */
const moduleByBlock: Record<number, RightModule> = {
  1010: 'family',
  1011: 'insuree',
  1012: 'policy',
  1013: 'contribution',
  1014: 'payment',
  1110: 'claim',
  1111: 'batch',
  1210: 'product',
  1211: 'healthFacility',
  1212: 'priceList',
  1213: 'priceList',
  1214: 'medical',
  1215: 'officer',
  1216: 'claimAdmin',
  1217: 'user',
  1218: 'payer',
  1219: 'location',
  1220: 'role',
  1221: 'medical',
  1310: 'registers',
  1311: 'extracts',
  1312: 'reports',
  1313: 'tools',
  1314: 'tools',
};

export function moduleOfRight(code: number): RightModule | undefined {
  return moduleByBlock[Math.floor(code / 100)];
}

export const rightsCatalogue: RightDef[] = Object.values(Rights).map((code) => {
  const module = moduleOfRight(code);
  if (module === undefined) throw new Error(`right ${code} has no module`);
  return { code, module };
});

/** openIMIS system roles, with their IsSystem bit codes (domain.md 1.18) and the rights they are seeded with. */
export interface SystemRoleDef {
  isSystem: number;
  name: string;
  rights: number[];
}

const all = (...names: RightName[]) => names.map((n) => Rights[n]);
const union = (...lists: number[][]) => [...new Set(lists.flat())].sort((a, b) => a - b);

const familyAll = all('familySearch', 'familyAdd', 'familyEdit', 'familyDelete');
const insureeAll = all('insureeSearch', 'insureeAdd', 'insureeEdit', 'insureeDelete', 'insureeEnquire');
const policyAll = all('policySearch', 'policyAdd', 'policyEdit', 'policyDelete', 'policyRenew');
const contributionAll = all('contributionSearch', 'contributionAdd', 'contributionEdit', 'contributionDelete');
const userAll = all('userSearch', 'userAdd', 'userEdit', 'userDelete');
const locationAll = all('locationSearch', 'locationAdd', 'locationEdit', 'locationDelete', 'locationMove', 'regionAdd');
const utilitiesAll = all('databaseBackup', 'databaseRestore', 'executeScripts', 'emailSettings');

/**
 * Each role's rights = the openIMIS seed [DB tblRoleRight] ∪ the Kinga platform rights it
 * already had before this catalogue was completed (locationSearch for every role, plus the
 * listed extras). The Kinga additions are marked "Kinga" below; everything else is seeded.
 */
export const systemRoles: SystemRoleDef[] = [
  {
    isSystem: 1,
    name: 'Enrolment Officer',
    rights: union(
      familyAll,
      insureeAll,
      policyAll,
      contributionAll,
      all('claimSearch', 'claimFeedback', 'reportList', 'reportPrimaryIndicatorsPolicies'),
      all('locationSearch'), // Kinga
    ),
  },
  {
    isSystem: 2,
    name: 'Manager',
    rights: union(
      all('insureeEnquire', 'reportPrimaryIndicatorsPolicies', 'reportPrimaryIndicatorsClaims', 'reportDerivedIndicators', 'reportEnrolmentPerformance'),
      all('locationSearch', 'userSearch'), // Kinga
    ),
  },
  {
    isSystem: 4,
    name: 'Accountant',
    rights: union(
      all('familySearch', 'insureeSearch', 'insureeEnquire', 'policySearch', 'contributionSearch'),
      all('paymentSearch', 'paymentAdd', 'paymentEdit', 'paymentDelete'),
      all('batchProcess', 'batchFilter', 'batchPreview'),
      all(
        'reportContributionCollection',
        'reportProductSales',
        'reportContributionDistribution',
        'reportInsureesWithoutPhotos',
        'reportPaymentCategoryOverview',
        'reportMatchingFunds',
        'reportClaimOverview',
        'reportPercentageReferrals',
        'reportFamiliesInsureesOverview',
        'reportPendingInsurees',
        'reportRenewals',
        'reportCapitationPayment',
        'reportRejectedPhotos',
        'reportContributionPayment',
        'reportControlNumberAssignment',
        'reportOverviewOfCommissions',
      ),
      all('fundingAdd'),
      all('locationSearch'), // Kinga
    ),
  },
  {
    isSystem: 8,
    name: 'Clerk',
    rights: union(familyAll, insureeAll, policyAll, contributionAll, all('locationSearch') /* Kinga */),
  },
  {
    isSystem: 16,
    name: 'Medical Officer',
    rights: union(
      all('claimSearch', 'claimReview', 'claimFeedback', 'claimUpdate', 'claimProcess', 'reportClaimHistory'),
      all('locationSearch'), // Kinga
    ),
  },
  {
    isSystem: 32,
    name: 'Scheme Administrator',
    rights: union(
      all('insureeEnquire'),
      all('productSearch', 'productAdd', 'productEdit', 'productDelete', 'productDuplicate'),
      all('healthFacilitySearch', 'healthFacilityAdd', 'healthFacilityEdit', 'healthFacilityDelete'),
      all('servicePriceListSearch', 'servicePriceListAdd', 'servicePriceListEdit', 'servicePriceListDelete', 'servicePriceListDuplicate'),
      all('itemPriceListSearch', 'itemPriceListAdd', 'itemPriceListEdit', 'itemPriceListDelete', 'itemPriceListDuplicate'),
      all('medicalServiceSearch', 'medicalServiceAdd', 'medicalServiceEdit', 'medicalServiceDelete'),
      all('medicalItemSearch', 'medicalItemAdd', 'medicalItemEdit', 'medicalItemDelete'),
      all('officerSearch', 'officerAdd', 'officerEdit', 'officerDelete'),
      all('claimAdminSearch', 'claimAdminAdd', 'claimAdminEdit', 'claimAdminDelete'),
      all('payerSearch', 'payerAdd', 'payerEdit', 'payerDelete'),
      all('diagnosesUpload', 'diagnosesDownload', 'healthFacilitiesUpload', 'healthFacilitiesDownload'),
      all('masterDataDownload', 'phoneExtractCreate', 'offlineExtractCreate', 'claimsUpload', 'enrolmentsUpload', 'feedbackUpload', 'renewalsUpload'),
      all('reportStatusOfRegisters'),
      locationAll, // Kinga (not seeded for this role in openIMIS)
    ),
  },
  {
    isSystem: 64,
    name: 'IMIS Administrator',
    rights: union(
      all('insureeEnquire'),
      userAll,
      all('locationSearch', 'locationAdd', 'locationEdit', 'locationDelete', 'locationMove'),
      all('locationsUpload', 'locationsDownload', 'reportUserActivity'),
      utilitiesAll,
      all('userProfiles', 'roleSearch', 'roleAdd', 'roleEdit', 'roleDelete', 'roleDuplicate'),
      all('regionAdd', 'roleReplace'), // Kinga: every user/role/location right (not seeded in openIMIS)
    ),
  },
  {
    isSystem: 128,
    name: 'Receptionist',
    rights: union(all('familySearch', 'insureeSearch', 'insureeEnquire', 'policySearch'), all('locationSearch') /* Kinga */),
  },
  {
    isSystem: 256,
    name: 'Claim Administrator',
    rights: union(
      all('claimSearch', 'claimAdd', 'claimDelete', 'claimLoad', 'claimPrint', 'claimSubmit', 'claimRestore'),
      all('insureeEnquire', 'familySearch', 'insureeSearch', 'policySearch'),
      all('locationSearch'), // Kinga
    ),
  },
  {
    isSystem: 512,
    name: 'Claim Contributor',
    rights: union(all('claimSearch', 'claimAdd', 'claimLoad'), all('locationSearch') /* Kinga */),
  },
  {
    isSystem: 524288,
    name: 'HF Administrator',
    rights: union(userAll, all('masterDataDownload', 'offlineExtractCreate'), utilitiesAll, all('locationSearch') /* Kinga */),
  },
  {
    isSystem: 1048576,
    name: 'Offline Administrator',
    rights: union(userAll, all('masterDataDownload', 'offlineExtractCreate'), utilitiesAll, all('locationSearch') /* Kinga */),
  },
];

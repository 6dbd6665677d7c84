/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AccountabilityRecordFields on AccountabilityRecord {\n    id\n    subjectKind\n    department {\n      id\n      name\n    }\n    officialName\n    officialPost\n    type\n    reason\n    cases {\n      id\n      trackingNo\n      title\n      enterpriseName\n    }\n    decidedOn\n    decidedBy\n    publishedNotices\n    version\n  }\n": typeof types.AccountabilityRecordFieldsFragmentDoc,
    "\n  fragment PublicNoticeItemFields on PublicNoticeItem {\n    type\n    subjectKind\n    departmentName\n    officialName\n    officialPost\n    decidedOn\n  }\n": typeof types.PublicNoticeItemFieldsFragmentDoc,
    "\n  query AccountabilityRecords($filter: AccountabilityRecordFilter, $first: Int, $after: String) {\n    accountabilityRecords(filter: $filter, first: $first, after: $after) {\n      items {\n        ...AccountabilityRecordFields\n      }\n      nextCursor\n    }\n  }\n": typeof types.AccountabilityRecordsDocument,
    "\n  mutation CreateAccountabilityRecord($input: AccountabilityRecordInput!) {\n    createAccountabilityRecord(input: $input) {\n      ...AccountabilityRecordFields\n    }\n  }\n": typeof types.CreateAccountabilityRecordDocument,
    "\n  mutation UpdateAccountabilityRecord($id: ID!, $input: AccountabilityRecordInput!, $version: Int!) {\n    updateAccountabilityRecord(id: $id, input: $input, version: $version) {\n      ...AccountabilityRecordFields\n    }\n  }\n": typeof types.UpdateAccountabilityRecordDocument,
    "\n  query AccountabilityCandidates($from: DateTime!, $to: DateTime!) {\n    accountabilityCandidates(from: $from, to: $to) {\n      kind\n      department {\n        id\n        name\n      }\n      case {\n        id\n        trackingNo\n        title\n        enterpriseName\n      }\n      at\n      count\n    }\n  }\n": typeof types.AccountabilityCandidatesDocument,
    "\n  query AccountabilityFigures($from: String!, $to: String!, $period: FigurePeriod) {\n    accountabilityFigures(from: $from, to: $to, period: $period) {\n      period\n      periods\n      people\n      departments\n      rows {\n        period\n        type\n        people\n        departments\n      }\n    }\n  }\n": typeof types.AccountabilityFiguresDocument,
    "\n  query PublicNoticeDraft($input: PublicNoticeInput!) {\n    publicNoticeDraft(input: $input) {\n      title\n      body\n      items {\n        ...PublicNoticeItemFields\n      }\n    }\n  }\n": typeof types.PublicNoticeDraftDocument,
    "\n  query AdminPublicNotices($first: Int, $after: String) {\n    adminPublicNotices(first: $first, after: $after) {\n      items {\n        id\n        title\n        body\n        publishedAt\n        withdrawnAt\n        withdrawReason\n        recordIds\n        version\n        redaction {\n          names\n          posts\n          enterprises\n        }\n        items {\n          ...PublicNoticeItemFields\n        }\n      }\n      nextCursor\n    }\n  }\n": typeof types.AdminPublicNoticesDocument,
    "\n  mutation PublishPublicNotice($input: PublicNoticeInput!) {\n    publishPublicNotice(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.PublishPublicNoticeDocument,
    "\n  mutation WithdrawPublicNotice($id: ID!, $version: Int!, $reason: String!) {\n    withdrawPublicNotice(id: $id, version: $version, reason: $reason) {\n      id\n      withdrawnAt\n      version\n    }\n  }\n": typeof types.WithdrawPublicNoticeDocument,
    "\n  query AuditLog($first: Int!, $after: String, $filter: AuditLogFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      items {\n        id\n        occurredAt\n        actorName\n        action\n        targetType\n        targetId\n        ip\n        details\n      }\n      nextCursor\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query VerifyAuditChain {\n    verifyAuditChain {\n      intact\n      checked\n      firstBrokenId\n    }\n  }\n": typeof types.VerifyAuditChainDocument,
    "\n  fragment ViewerFields on Viewer {\n    id\n    username\n    displayName\n    mobile\n    roles\n    mustChangePassword\n    organisationName\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation NewCaptcha {\n    newCaptcha {\n      id\n      image\n    }\n  }\n": typeof types.NewCaptchaDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment HolidayYearFields on HolidayYear {\n    year\n    off {\n      name\n      from\n      to\n    }\n    work\n    version\n    updatedAt\n  }\n": typeof types.HolidayYearFieldsFragmentDoc,
    "\n  query HolidayYears {\n    holidayYears {\n      ...HolidayYearFields\n    }\n  }\n": typeof types.HolidayYearsDocument,
    "\n  query CalendarStatus {\n    calendarStatus {\n      currentYear\n      nextYear\n      missingYears\n    }\n  }\n": typeof types.CalendarStatusDocument,
    "\n  mutation SaveHolidayYear($year: Int!, $input: HolidayYearInput!, $version: Int) {\n    saveHolidayYear(year: $year, input: $input, version: $version) {\n      ...HolidayYearFields\n    }\n  }\n": typeof types.SaveHolidayYearDocument,
    "\n  query AssignmentSuggestions($caseId: ID!) {\n    assignmentSuggestions(caseId: $caseId) {\n      leads {\n        ...DepartmentSuggestionFields\n      }\n      co {\n        ...DepartmentSuggestionFields\n      }\n    }\n  }\n": typeof types.AssignmentSuggestionsDocument,
    "\n  fragment DepartmentSuggestionFields on DepartmentSuggestion {\n    score\n    department {\n      id\n      name\n      shortName\n      active\n    }\n    reasons {\n      source\n      matterId\n      matterName\n      words\n      caseCount\n    }\n  }\n": typeof types.DepartmentSuggestionFieldsFragmentDoc,
    "\n  mutation AssignCase($id: ID!, $version: Int!, $input: AssignCaseInput!) {\n    assignCase(id: $id, version: $version, input: $input) {\n      ...CaseFields\n    }\n  }\n": typeof types.AssignCaseDocument,
    "\n  mutation SignCase($id: ID!, $version: Int!) {\n    signCase(id: $id, version: $version) {\n      ...CaseFields\n    }\n  }\n": typeof types.SignCaseDocument,
    "\n  mutation RecordFirstContact($id: ID!, $version: Int!, $input: FirstContactInput!) {\n    recordFirstContact(id: $id, version: $version, input: $input) {\n      ...CaseFields\n    }\n  }\n": typeof types.RecordFirstContactDocument,
    "\n  mutation RecordCaseProgress($id: ID!, $version: Int!, $input: ProgressInput!) {\n    recordCaseProgress(id: $id, version: $version, input: $input) {\n      ...CaseFields\n    }\n  }\n": typeof types.RecordCaseProgressDocument,
    "\n  mutation SubmitCaseOpinion($id: ID!, $version: Int!, $opinion: String!) {\n    submitCaseOpinion(id: $id, version: $version, opinion: $opinion) {\n      ...CaseFields\n    }\n  }\n": typeof types.SubmitCaseOpinionDocument,
    "\n  mutation DraftCaseReply($id: ID!, $version: Int!, $input: DraftReplyInput!) {\n    draftCaseReply(id: $id, version: $version, input: $input) {\n      ...CaseFields\n    }\n  }\n": typeof types.DraftCaseReplyDocument,
    "\n  mutation SubmitCaseReply($id: ID!, $version: Int!) {\n    submitCaseReply(id: $id, version: $version) {\n      ...CaseFields\n    }\n  }\n": typeof types.SubmitCaseReplyDocument,
    "\n  mutation RequestCaseExtension($id: ID!, $version: Int!, $input: ExtensionRequestInput!) {\n    requestCaseExtension(id: $id, version: $version, input: $input) {\n      ...CaseFields\n    }\n  }\n": typeof types.RequestCaseExtensionDocument,
    "\n  mutation RequestCaseReturn($id: ID!, $version: Int!, $reason: String!) {\n    requestCaseReturn(id: $id, version: $version, reason: $reason) {\n      ...CaseFields\n    }\n  }\n": typeof types.RequestCaseReturnDocument,
    "\n  mutation ApproveCaseReply($id: ID!, $version: Int!, $note: String) {\n    approveCaseReply(id: $id, version: $version, note: $note) {\n      ...CaseFields\n    }\n  }\n": typeof types.ApproveCaseReplyDocument,
    "\n  mutation SendCaseBack($id: ID!, $version: Int!, $reason: String!) {\n    sendCaseBack(id: $id, version: $version, reason: $reason) {\n      ...CaseFields\n    }\n  }\n": typeof types.SendCaseBackDocument,
    "\n  mutation DecideCaseExtension($id: ID!, $version: Int!, $approve: Boolean!, $reason: String!) {\n    decideCaseExtension(id: $id, version: $version, approve: $approve, reason: $reason) {\n      ...CaseFields\n    }\n  }\n": typeof types.DecideCaseExtensionDocument,
    "\n  mutation DecideCaseReturn($id: ID!, $version: Int!, $approve: Boolean!, $reason: String!) {\n    decideCaseReturn(id: $id, version: $version, approve: $approve, reason: $reason) {\n      ...CaseFields\n    }\n  }\n": typeof types.DecideCaseReturnDocument,
    "\n  mutation ReopenCase($id: ID!, $version: Int!, $input: ReopenCaseInput!) {\n    reopenCase(id: $id, version: $version, input: $input) {\n      ...CaseFields\n    }\n  }\n": typeof types.ReopenCaseDocument,
    "\n  mutation CloseDisputedCase($id: ID!, $version: Int!, $explanation: String!) {\n    closeDisputedCase(id: $id, version: $version, explanation: $explanation) {\n      ...CaseFields\n    }\n  }\n": typeof types.CloseDisputedCaseDocument,
    "\n  mutation RevealCaseContact($id: ID!) {\n    revealCaseContact(id: $id) {\n      ...CaseContactFields\n    }\n  }\n": typeof types.RevealCaseContactDocument,
    "\n  fragment CaseRowFields on Case {\n    id\n    trackingNo\n    kind\n    category\n    channel\n    title\n    state\n    priority\n    complexity\n    officeNote\n    enterpriseId\n    enterpriseName\n    gridPath\n    leadDepartmentName\n    submittedAt\n    deadline {\n      dueAt\n      state\n      workingDays\n    }\n    version\n  }\n": typeof types.CaseRowFieldsFragmentDoc,
    "\n  fragment CaseAttachmentFields on Attachment {\n    id\n    fileName\n    mimeType\n    size\n    thumbnail\n  }\n": typeof types.CaseAttachmentFieldsFragmentDoc,
    "\n  fragment CaseContactFields on CaseContact {\n    name\n    phone\n    masked\n  }\n": typeof types.CaseContactFieldsFragmentDoc,
    "\n  fragment CaseAssignmentFields on CaseAssignment {\n    id\n    departmentId\n    departmentName\n    role\n    state\n    assignedAt\n    signDeadline\n    replyDeadline\n    originalReplyDeadline\n    signedAt\n    firstContactedAt\n    repliedAt\n    paused\n    note\n    opinion\n    draftResult\n    draftText\n    draftInternalNote\n    pendingRequest\n    requestReason\n    requestDays\n    sentBackAt\n    version\n  }\n": typeof types.CaseAssignmentFieldsFragmentDoc,
    "\n  fragment CaseFields on Case {\n    ...CaseRowFields\n    queryCode\n    content\n    misconductType\n    contactConsent\n    namedDepartmentId\n    namedDepartmentName\n    submitterName\n    acceptedAt\n    repliedAt\n    closedAt\n    duplicateOf {\n      id\n      trackingNo\n    }\n    replyResult\n    replyText\n    reopenCount\n    availableActions\n    contact {\n      ...CaseContactFields\n    }\n    assignments {\n      ...CaseAssignmentFields\n    }\n    attachments {\n      ...CaseAttachmentFields\n    }\n    timeline {\n      id\n      occurredAt\n      action\n      fromState\n      toState\n      actorRole\n      actorName\n      publicNote\n      internalNote\n      attachments {\n        ...CaseAttachmentFields\n      }\n    }\n  }\n": typeof types.CaseFieldsFragmentDoc,
    "\n  query Cases($page: CasePageArgs, $withTotal: Boolean!) {\n    cases(page: $page) {\n      items {\n        ...CaseRowFields\n      }\n      nextCursor\n      totalCount @include(if: $withTotal)\n      totalCountCapped @include(if: $withTotal)\n    }\n  }\n": typeof types.CasesDocument,
    "\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseFields\n    }\n  }\n": typeof types.CaseDocument,
    "\n  mutation AcceptCase($id: ID!, $version: Int!, $input: AcceptCaseInput!) {\n    acceptCase(id: $id, version: $version, input: $input) {\n      ...CaseFields\n    }\n  }\n": typeof types.AcceptCaseDocument,
    "\n  mutation RejectCase($id: ID!, $version: Int!, $reason: String!) {\n    rejectCase(id: $id, version: $version, reason: $reason) {\n      ...CaseFields\n    }\n  }\n": typeof types.RejectCaseDocument,
    "\n  mutation RequestCaseInfo($id: ID!, $version: Int!, $request: String!) {\n    requestCaseInfo(id: $id, version: $version, request: $request) {\n      ...CaseFields\n    }\n  }\n": typeof types.RequestCaseInfoDocument,
    "\n  mutation MarkCaseDuplicate($id: ID!, $version: Int!, $originalTrackingNo: String!, $note: String) {\n    markCaseDuplicate(id: $id, version: $version, originalTrackingNo: $originalTrackingNo, note: $note) {\n      ...CaseFields\n    }\n  }\n": typeof types.MarkCaseDuplicateDocument,
    "\n  mutation ReplyCaseDirectly($id: ID!, $version: Int!, $input: DirectReplyInput!) {\n    replyCaseDirectly(id: $id, version: $version, input: $input) {\n      ...CaseFields\n    }\n  }\n": typeof types.ReplyCaseDirectlyDocument,
    "\n  mutation EnterCase($input: OfficeCaseInput!) {\n    enterCase(input: $input) {\n      id\n      trackingNo\n    }\n  }\n": typeof types.EnterCaseDocument,
    "\n  mutation UploadAttachment($input: UploadAttachmentInput!) {\n    uploadAttachment(input: $input) {\n      ...CaseAttachmentFields\n    }\n  }\n": typeof types.UploadAttachmentDocument,
    "\n  query EnterpriseCaseCounts($enterpriseId: ID!) {\n    enterpriseCaseCounts(enterpriseId: $enterpriseId) {\n      state\n      count\n    }\n  }\n": typeof types.EnterpriseCaseCountsDocument,
    "\n  query ConditionDashboard($month: String!, $gridId: ID) {\n    conditionDashboard(month: $month, gridId: $gridId) {\n      month\n      dueDate\n      pastDue\n      enterprises\n      reported\n      missing\n      worsened\n      employees\n      outputValue\n      revenue\n      byGrid {\n        key\n        label\n        status\n        count\n      }\n      byIndustry {\n        key\n        label\n        status\n        count\n      }\n      trend {\n        month\n        reports\n        employees\n        outputValue\n        revenue\n      }\n      coverage {\n        gridId\n        gridName\n        enterprises\n        visited\n        visits\n        reported\n      }\n    }\n  }\n": typeof types.ConditionDashboardDocument,
    "\n  query ConditionEnterprises($filter: ConditionEnterpriseFilter!, $first: Int, $after: String) {\n    conditionEnterprises(filter: $filter, first: $first, after: $after) {\n      items {\n        id\n        name\n        gridName\n        industry\n        status\n        previousStatus\n        latestStatus\n        latestMonth\n        reported\n        visitedOn\n      }\n      nextCursor\n    }\n  }\n": typeof types.ConditionEnterprisesDocument,
    "\n  query EnterpriseConditionReports($enterpriseId: ID!, $months: Int) {\n    enterpriseConditionReports(enterpriseId: $enterpriseId, months: $months) {\n      id\n      month\n      operatingStatus\n      employees\n      outputValue\n      revenue\n      capacityUse\n      orderTrend\n      difficulties\n      submittedAt\n      submittedByName\n      visitId\n      revisions\n      cases {\n        id\n        trackingNo\n        title\n        state\n      }\n    }\n  }\n": typeof types.EnterpriseConditionReportsDocument,
    "\n  query EnterpriseConditionVisits($enterpriseId: ID!) {\n    enterpriseConditionVisits(enterpriseId: $enterpriseId) {\n      id\n      visitedOn\n      findings\n      visitorName\n      reportId\n      photos {\n        id\n        fileName\n        thumbnail\n      }\n    }\n  }\n": typeof types.EnterpriseConditionVisitsDocument,
    "\n  fragment DepartmentFields on Department {\n    id\n    name\n    shortName\n    kind\n    contactPhone\n    active\n    version\n  }\n": typeof types.DepartmentFieldsFragmentDoc,
    "\n  query Departments($includeInactive: Boolean!) {\n    departments(includeInactive: $includeInactive) {\n      ...DepartmentFields\n    }\n  }\n": typeof types.DepartmentsDocument,
    "\n  mutation CreateDepartment($input: DepartmentInput!) {\n    createDepartment(input: $input) {\n      ...DepartmentFields\n    }\n  }\n": typeof types.CreateDepartmentDocument,
    "\n  mutation UpdateDepartment($id: ID!, $input: DepartmentInput!, $version: Int!) {\n    updateDepartment(id: $id, input: $input, version: $version) {\n      ...DepartmentFields\n    }\n  }\n": typeof types.UpdateDepartmentDocument,
    "\n  mutation SetDepartmentActive($id: ID!, $active: Boolean!) {\n    setDepartmentActive(id: $id, active: $active) {\n      ...DepartmentFields\n    }\n  }\n": typeof types.SetDepartmentActiveDocument,
    "\n  fragment DispatchMatterFields on DispatchMatter {\n    id\n    category\n    name\n    description\n    keywords\n    lead {\n      id\n      name\n      shortName\n      active\n    }\n    co {\n      id\n      name\n      shortName\n      active\n    }\n    version\n    updatedAt\n  }\n": typeof types.DispatchMatterFieldsFragmentDoc,
    "\n  fragment TimeLimitsFields on TimeLimits {\n    category\n    priority\n    sign\n    firstContact\n    reply\n    replyComplex\n    review\n    custom\n    version\n  }\n": typeof types.TimeLimitsFieldsFragmentDoc,
    "\n  query DispatchMatters($category: String) {\n    dispatchMatters(category: $category) {\n      ...DispatchMatterFields\n    }\n  }\n": typeof types.DispatchMattersDocument,
    "\n  mutation CreateDispatchMatter($input: DispatchMatterInput!) {\n    createDispatchMatter(input: $input) {\n      ...DispatchMatterFields\n    }\n  }\n": typeof types.CreateDispatchMatterDocument,
    "\n  mutation UpdateDispatchMatter($id: ID!, $input: DispatchMatterInput!, $version: Int!) {\n    updateDispatchMatter(id: $id, input: $input, version: $version) {\n      ...DispatchMatterFields\n    }\n  }\n": typeof types.UpdateDispatchMatterDocument,
    "\n  mutation RemoveDispatchMatter($id: ID!, $version: Int!) {\n    removeDispatchMatter(id: $id, version: $version)\n  }\n": typeof types.RemoveDispatchMatterDocument,
    "\n  query SuggestionShare($from: DateTime!, $to: DateTime!) {\n    assignmentSuggestionShare(from: $from, to: $to) {\n      assignments\n      suggested\n      tookFirst\n      share\n    }\n  }\n": typeof types.SuggestionShareDocument,
    "\n  query TimeLimits {\n    timeLimits {\n      ...TimeLimitsFields\n    }\n  }\n": typeof types.TimeLimitsDocument,
    "\n  mutation SaveTimeLimits($key: TimeLimitsKey!, $input: TimeLimitsInput!, $version: Int!) {\n    saveTimeLimits(key: $key, input: $input, version: $version) {\n      ...TimeLimitsFields\n    }\n  }\n": typeof types.SaveTimeLimitsDocument,
    "\n  mutation ResetTimeLimits($key: TimeLimitsKey!, $version: Int!) {\n    resetTimeLimits(key: $key, version: $version) {\n      ...TimeLimitsFields\n    }\n  }\n": typeof types.ResetTimeLimitsDocument,
    "\n  fragment EnterpriseFields on Enterprise {\n    id\n    name\n    creditCode\n    legalRepresentative\n    industry\n    scale\n    status\n    address\n    gridId\n    gridPath\n    contactName\n    contactPhone\n    createdAt\n    updatedAt\n    version\n  }\n": typeof types.EnterpriseFieldsFragmentDoc,
    "\n  query Enterprises($page: EnterprisePageArgs) {\n    enterprises(page: $page) {\n      items {\n        ...EnterpriseFields\n      }\n      nextCursor\n    }\n  }\n": typeof types.EnterprisesDocument,
    "\n  query Enterprise($id: ID!) {\n    enterprise(id: $id) {\n      ...EnterpriseFields\n    }\n  }\n": typeof types.EnterpriseDocument,
    "\n  query EnterpriseAccounts($enterpriseId: ID!) {\n    enterpriseAccounts(enterpriseId: $enterpriseId) {\n      id\n      displayName\n      username\n      mobile\n      manager\n      active\n    }\n  }\n": typeof types.EnterpriseAccountsDocument,
    "\n  query EnterpriseHistory($enterpriseId: ID!) {\n    enterpriseHistory(enterpriseId: $enterpriseId) {\n      id\n      occurredAt\n      actorName\n      action\n      details\n    }\n  }\n": typeof types.EnterpriseHistoryDocument,
    "\n  mutation CreateEnterprise($input: EnterpriseInput!) {\n    createEnterprise(input: $input) {\n      ...EnterpriseFields\n    }\n  }\n": typeof types.CreateEnterpriseDocument,
    "\n  mutation UpdateEnterprise($id: ID!, $input: EnterpriseInput!, $version: Int!) {\n    updateEnterprise(id: $id, input: $input, version: $version) {\n      ...EnterpriseFields\n    }\n  }\n": typeof types.UpdateEnterpriseDocument,
    "\n  fragment EnterpriseClaimFields on EnterpriseClaim {\n    id\n    status\n    enterpriseId\n    enterpriseName\n    creditCode\n    applicantName\n    applicantMobile\n    createdAt\n    decidedAt\n    rejectionReason\n  }\n": typeof types.EnterpriseClaimFieldsFragmentDoc,
    "\n  query EnterpriseClaims($status: EnterpriseClaimStatus) {\n    enterpriseClaims(status: $status) {\n      ...EnterpriseClaimFields\n    }\n  }\n": typeof types.EnterpriseClaimsDocument,
    "\n  mutation ApproveEnterpriseClaim($id: ID!) {\n    approveEnterpriseClaim(id: $id) {\n      ...EnterpriseClaimFields\n    }\n  }\n": typeof types.ApproveEnterpriseClaimDocument,
    "\n  mutation RejectEnterpriseClaim($id: ID!, $reason: String!) {\n    rejectEnterpriseClaim(id: $id, reason: $reason) {\n      ...EnterpriseClaimFields\n    }\n  }\n": typeof types.RejectEnterpriseClaimDocument,
    "\n  query EnterpriseImportTemplate {\n    enterpriseImportTemplate\n  }\n": typeof types.EnterpriseImportTemplateDocument,
    "\n  mutation ImportEnterprises($file: String!) {\n    importEnterprises(file: $file) {\n      imported\n      failed {\n        row\n        reasons\n      }\n    }\n  }\n": typeof types.ImportEnterprisesDocument,
    "\n  fragment ExportFileFields on ExportFile {\n    id\n    kind\n    status\n    fileName\n    rows\n    createdAt\n    finishedAt\n    error\n    downloadUrl\n  }\n": typeof types.ExportFileFieldsFragmentDoc,
    "\n  mutation RequestCaseExport($filter: CaseFilter) {\n    requestCaseExport(filter: $filter) {\n      ...ExportFileFields\n    }\n  }\n": typeof types.RequestCaseExportDocument,
    "\n  mutation RequestEnterpriseExport($filter: EnterpriseFilter) {\n    requestEnterpriseExport(filter: $filter) {\n      ...ExportFileFields\n    }\n  }\n": typeof types.RequestEnterpriseExportDocument,
    "\n  mutation RequestAuditExport($filter: AuditLogFilter) {\n    requestAuditExport(filter: $filter) {\n      ...ExportFileFields\n    }\n  }\n": typeof types.RequestAuditExportDocument,
    "\n  mutation RequestConditionExport($month: String!) {\n    requestConditionExport(month: $month) {\n      ...ExportFileFields\n    }\n  }\n": typeof types.RequestConditionExportDocument,
    "\n  mutation RequestMonthlyReportExport($month: String!) {\n    requestMonthlyReportExport(month: $month) {\n      ...ExportFileFields\n    }\n  }\n": typeof types.RequestMonthlyReportExportDocument,
    "\n  query MyExports {\n    myExports {\n      ...ExportFileFields\n    }\n  }\n": typeof types.MyExportsDocument,
    "\n  query GridOptions($includeInactive: Boolean!) {\n    grids(includeInactive: $includeInactive) {\n      id\n      name\n      code\n      level\n      parentId\n      active\n    }\n  }\n": typeof types.GridOptionsDocument,
    "\n  fragment GridFields on Grid {\n    id\n    name\n    code\n    level\n    parentId\n    path\n    active\n    enterpriseCount\n    heads {\n      id\n      displayName\n      mobile\n    }\n    version\n  }\n": typeof types.GridFieldsFragmentDoc,
    "\n  query Grids {\n    grids(includeInactive: true) {\n      ...GridFields\n    }\n  }\n": typeof types.GridsDocument,
    "\n  mutation CreateGrid($input: GridInput!) {\n    createGrid(input: $input) {\n      ...GridFields\n    }\n  }\n": typeof types.CreateGridDocument,
    "\n  mutation RenameGrid($id: ID!, $name: String!, $code: String!, $version: Int!) {\n    renameGrid(id: $id, name: $name, code: $code, version: $version) {\n      ...GridFields\n    }\n  }\n": typeof types.RenameGridDocument,
    "\n  mutation MoveGrid($id: ID!, $parentId: ID!, $version: Int!) {\n    moveGrid(id: $id, parentId: $parentId, version: $version) {\n      ...GridFields\n    }\n  }\n": typeof types.MoveGridDocument,
    "\n  mutation SetGridActive($id: ID!, $active: Boolean!) {\n    setGridActive(id: $id, active: $active) {\n      ...GridFields\n    }\n  }\n": typeof types.SetGridActiveDocument,
    "\n  mutation RemoveGrid($id: ID!) {\n    removeGrid(id: $id)\n  }\n": typeof types.RemoveGridDocument,
    "\n  fragment InspectionTeamFields on InspectionTeam {\n    id\n    name\n    leader {\n      id\n      displayName\n    }\n    members {\n      id\n      displayName\n    }\n    version\n  }\n": typeof types.InspectionTeamFieldsFragmentDoc,
    "\n  fragment InspectionTaskFields on InspectionTask {\n    id\n    title\n    focus\n    team {\n      id\n      name\n    }\n    grid {\n      id\n      name\n    }\n    department {\n      id\n      name\n    }\n    startsOn\n    endsOn\n    records\n    version\n  }\n": typeof types.InspectionTaskFieldsFragmentDoc,
    "\n  fragment RectificationFields on Rectification {\n    id\n    findingId\n    findingDescription\n    department {\n      id\n      name\n    }\n    suggestion\n    issuedAt\n    deadline\n    state\n    warning\n    report\n    evidence\n    reportedAt\n    returnReason\n    version\n  }\n": typeof types.RectificationFieldsFragmentDoc,
    "\n  fragment InspectionRecordFindingFields on InspectionFinding {\n    id\n    category\n    department {\n      id\n      name\n    }\n    description\n    outcome\n    solution\n    caseTrackingNo\n    rectification {\n      id\n      state\n      deadline\n    }\n    version\n  }\n": typeof types.InspectionRecordFindingFieldsFragmentDoc,
    "\n  fragment InspectionRecordFields on InspectionRecord {\n    id\n    taskId\n    inspector {\n      id\n      displayName\n    }\n    inspectedOn\n    place\n    checked\n    photos {\n      id\n      fileName\n      thumbnail\n    }\n    findings {\n      ...InspectionRecordFindingFields\n    }\n  }\n": typeof types.InspectionRecordFieldsFragmentDoc,
    "\n  fragment InspectionFigureFields on InspectionFigureRow {\n    teamId\n    teamName\n    dispatched\n    inspectors\n    found\n    solved\n    suggested\n    onTime\n    overdue\n  }\n": typeof types.InspectionFigureFieldsFragmentDoc,
    "\n  query InspectionTeams {\n    inspectionTeams {\n      ...InspectionTeamFields\n    }\n  }\n": typeof types.InspectionTeamsDocument,
    "\n  query InspectionInspectors {\n    inspectionInspectors {\n      id\n      displayName\n    }\n  }\n": typeof types.InspectionInspectorsDocument,
    "\n  mutation CreateInspectionTeam($input: InspectionTeamInput!) {\n    createInspectionTeam(input: $input) {\n      ...InspectionTeamFields\n    }\n  }\n": typeof types.CreateInspectionTeamDocument,
    "\n  mutation UpdateInspectionTeam($id: ID!, $input: InspectionTeamInput!, $version: Int!) {\n    updateInspectionTeam(id: $id, input: $input, version: $version) {\n      ...InspectionTeamFields\n    }\n  }\n": typeof types.UpdateInspectionTeamDocument,
    "\n  query InspectionTasks($first: Int!, $after: String) {\n    inspectionTasks(first: $first, after: $after) {\n      items {\n        ...InspectionTaskFields\n      }\n      nextCursor\n    }\n  }\n": typeof types.InspectionTasksDocument,
    "\n  mutation CreateInspectionTask($input: InspectionTaskInput!) {\n    createInspectionTask(input: $input) {\n      ...InspectionTaskFields\n    }\n  }\n": typeof types.CreateInspectionTaskDocument,
    "\n  query InspectionRecords($taskId: ID!, $first: Int!, $after: String) {\n    inspectionRecords(taskId: $taskId, first: $first, after: $after) {\n      items {\n        ...InspectionRecordFields\n      }\n      nextCursor\n    }\n  }\n": typeof types.InspectionRecordsDocument,
    "\n  mutation CreateInspectionRecord($input: InspectionRecordInput!) {\n    createInspectionRecord(input: $input) {\n      ...InspectionRecordFields\n    }\n  }\n": typeof types.CreateInspectionRecordDocument,
    "\n  mutation UploadInspectionPhoto($input: UploadAttachmentInput!) {\n    uploadInspectionPhoto(input: $input) {\n      id\n      fileName\n      thumbnail\n    }\n  }\n": typeof types.UploadInspectionPhotoDocument,
    "\n  query InspectionFindingEnterprises($findingId: ID!, $keyword: String, $first: Int!, $after: String) {\n    inspectionFindingEnterprises(findingId: $findingId, keyword: $keyword, first: $first, after: $after) {\n      items {\n        id\n        name\n        creditCode\n        gridName\n      }\n      nextCursor\n    }\n  }\n": typeof types.InspectionFindingEnterprisesDocument,
    "\n  mutation SolveFindingOnSpot($id: ID!, $version: Int!, $solution: String!) {\n    solveFindingOnSpot(id: $id, version: $version, solution: $solution) {\n      ...InspectionRecordFindingFields\n    }\n  }\n": typeof types.SolveFindingOnSpotDocument,
    "\n  mutation FileFindingAsCase($id: ID!, $version: Int!, $input: FindingCaseInput!) {\n    fileFindingAsCase(id: $id, version: $version, input: $input) {\n      ...InspectionRecordFindingFields\n    }\n  }\n": typeof types.FileFindingAsCaseDocument,
    "\n  mutation SuggestRectification($id: ID!, $version: Int!, $input: RectificationSuggestionInput!) {\n    suggestRectification(id: $id, version: $version, input: $input) {\n      ...InspectionRecordFindingFields\n    }\n  }\n": typeof types.SuggestRectificationDocument,
    "\n  query Rectifications($state: RectificationState, $first: Int!, $after: String) {\n    rectifications(state: $state, first: $first, after: $after) {\n      items {\n        ...RectificationFields\n      }\n      nextCursor\n    }\n  }\n": typeof types.RectificationsDocument,
    "\n  mutation ReportRectification($id: ID!, $version: Int!, $input: RectificationReportInput!) {\n    reportRectification(id: $id, version: $version, input: $input) {\n      ...RectificationFields\n    }\n  }\n": typeof types.ReportRectificationDocument,
    "\n  mutation AcceptRectification($id: ID!, $version: Int!) {\n    acceptRectification(id: $id, version: $version) {\n      ...RectificationFields\n    }\n  }\n": typeof types.AcceptRectificationDocument,
    "\n  mutation SendBackRectification($id: ID!, $version: Int!, $reason: String!) {\n    sendBackRectification(id: $id, version: $version, reason: $reason) {\n      ...RectificationFields\n    }\n  }\n": typeof types.SendBackRectificationDocument,
    "\n  query InspectionFigures($period: InspectionPeriodInput!) {\n    inspectionFigures(period: $period) {\n      total {\n        ...InspectionFigureFields\n      }\n      teams {\n        ...InspectionFigureFields\n      }\n    }\n  }\n": typeof types.InspectionFiguresDocument,
    "\n  query InspectionFigureFindings(\n    $period: InspectionPeriodInput!\n    $figure: InspectionFigure!\n    $teamId: ID\n    $first: Int!\n    $after: String\n  ) {\n    inspectionFigureFindings(\n      period: $period\n      figure: $figure\n      teamId: $teamId\n      first: $first\n      after: $after\n    ) {\n      items {\n        id\n        inspectedOn\n        place\n        category\n        department {\n          id\n          name\n        }\n        description\n        outcome\n      }\n      nextCursor\n    }\n  }\n": typeof types.InspectionFigureFindingsDocument,
    "\n  fragment JobQueueFields on JobQueue {\n    name\n    schedule\n    lastRunAt\n    nextRunAt\n    queued\n    active\n    failed\n    failures {\n      id\n      queue\n      error\n      attempts\n      failedAt\n    }\n  }\n": typeof types.JobQueueFieldsFragmentDoc,
    "\n  query BackgroundJobs {\n    backgroundJobs {\n      ...JobQueueFields\n    }\n  }\n": typeof types.BackgroundJobsDocument,
    "\n  mutation RetryJob($queue: String!, $id: ID!) {\n    retryJob(queue: $queue, id: $id) {\n      ...JobQueueFields\n    }\n  }\n": typeof types.RetryJobDocument,
    "\n  query SentMessages($first: Int!, $after: String, $channel: MessageChannel) {\n    sentMessages(first: $first, after: $after, channel: $channel) {\n      items {\n        id\n        channel\n        recipient\n        subject\n        body\n        sentAt\n      }\n      nextCursor\n    }\n  }\n": typeof types.SentMessagesDocument,
    "\n  query MonthlyReport($month: String!) {\n    monthlyReport(month: $month) {\n      month\n      generatedAt\n      figures {\n        from\n        to\n        received\n        closed\n        previousReceived\n        previousClosed\n        open\n        overdue\n        rates {\n          repliedOnTime {\n            ...ScorecardRateFields\n          }\n          resolution {\n            ...ScorecardRateFields\n          }\n          satisfaction {\n            ...ScorecardRateFields\n          }\n        }\n        previousRates {\n          repliedOnTime {\n            ...ScorecardRateFields\n          }\n          resolution {\n            ...ScorecardRateFields\n          }\n          satisfaction {\n            ...ScorecardRateFields\n          }\n        }\n        byCategory {\n          key\n          received\n          closed\n          previousReceived\n        }\n        byGrid {\n          key\n          name\n          received\n          closed\n          previousReceived\n        }\n        hotKeywords {\n          key\n          count\n          previous\n        }\n      }\n      ranking {\n        rankedCount\n        weights {\n          minSample\n        }\n        rows {\n          departmentId\n          departmentName\n          current {\n            ...ScorecardFiguresFields\n          }\n          previous {\n            rank\n            score\n          }\n        }\n      }\n      typicalCases {\n        kind\n        id\n        trackingNo\n        title\n        category\n        enterpriseName\n        departmentName\n        state\n        count\n      }\n      notices {\n        id\n        title\n        body\n        publishedAt\n      }\n      accountability {\n        people\n        departments\n        rows {\n          type\n          people\n          departments\n        }\n      }\n      records {\n        id\n        subjectKind\n        department {\n          id\n          name\n        }\n        officialName\n        officialPost\n        type\n        reason\n        decidedOn\n        decidedBy\n      }\n    }\n  }\n": typeof types.MonthlyReportDocument,
    "\n  fragment ScorecardRateFields on ScorecardRate {\n    numerator\n    denominator\n    rate\n  }\n": typeof types.ScorecardRateFieldsFragmentDoc,
    "\n  fragment ScorecardFiguresFields on ScorecardFigures {\n    assigned\n    signedOnTime {\n      ...ScorecardRateFields\n    }\n    contactedOnTime {\n      ...ScorecardRateFields\n    }\n    repliedOnTime {\n      ...ScorecardRateFields\n    }\n    resolution {\n      ...ScorecardRateFields\n    }\n    satisfaction {\n      ...ScorecardRateFields\n    }\n    closed\n    returned\n    extended\n    reopened\n    sentBack\n    overdue\n    overdueSuggestions\n    score\n    ranked\n    rank\n  }\n": typeof types.ScorecardFiguresFieldsFragmentDoc,
    "\n  fragment ScorecardWeightsFields on ScorecardWeights {\n    signWeight\n    contactWeight\n    replyWeight\n    resolutionWeight\n    satisfactionWeight\n    minSample\n    version\n  }\n": typeof types.ScorecardWeightsFieldsFragmentDoc,
    "\n  query Scorecard($period: ScorecardPeriodInput!) {\n    scorecard(period: $period) {\n      from\n      to\n      previousFrom\n      previousTo\n      rankedCount\n      weights {\n        ...ScorecardWeightsFields\n      }\n      rows {\n        departmentId\n        departmentName\n        current {\n          ...ScorecardFiguresFields\n        }\n        previous {\n          ...ScorecardFiguresFields\n        }\n      }\n    }\n  }\n": typeof types.ScorecardDocument,
    "\n  query ScorecardCases($period: ScorecardPeriodInput!, $drill: ScorecardDrillInput!, $after: String) {\n    scorecardCases(period: $period, drill: $drill, first: 20, after: $after) {\n      items {\n        caseId\n        trackingNo\n        title\n        state\n        day\n      }\n      nextCursor\n    }\n  }\n": typeof types.ScorecardCasesDocument,
    "\n  query ScorecardPreview($period: ScorecardPeriodInput!, $weights: ScorecardWeightsInput!) {\n    scorecardPreview(period: $period, weights: $weights) {\n      departmentId\n      departmentName\n      score\n      rank\n      previewScore\n      previewRank\n    }\n  }\n": typeof types.ScorecardPreviewDocument,
    "\n  mutation SaveScorecardWeights($weights: ScorecardWeightsInput!, $version: Int!) {\n    saveScorecardWeights(weights: $weights, version: $version) {\n      ...ScorecardWeightsFields\n    }\n  }\n": typeof types.SaveScorecardWeightsDocument,
    "\n  fragment DashboardCountFields on DashboardCount {\n    key\n    name\n    received\n    closed\n    previousReceived\n    previousClosed\n  }\n": typeof types.DashboardCountFieldsFragmentDoc,
    "\n  fragment DashboardRatesFields on DashboardRates {\n    repliedOnTime {\n      ...ScorecardRateFields\n    }\n    resolution {\n      ...ScorecardRateFields\n    }\n    satisfaction {\n      ...ScorecardRateFields\n    }\n  }\n": typeof types.DashboardRatesFieldsFragmentDoc,
    "\n  query Dashboard($period: ScorecardPeriodInput!, $filter: DashboardFilterInput) {\n    dashboard(period: $period, filter: $filter) {\n      from\n      to\n      previousFrom\n      previousTo\n      received\n      closed\n      previousReceived\n      previousClosed\n      open\n      overdue\n      rates {\n        ...DashboardRatesFields\n      }\n      previousRates {\n        ...DashboardRatesFields\n      }\n      series {\n        bucket\n        received\n        closed\n        repliedOnTime {\n          ...ScorecardRateFields\n        }\n        resolution {\n          ...ScorecardRateFields\n        }\n        satisfaction {\n          ...ScorecardRateFields\n        }\n      }\n      byKind {\n        ...DashboardCountFields\n      }\n      byCategory {\n        ...DashboardCountFields\n      }\n      byGrid {\n        ...DashboardCountFields\n      }\n      byDepartment {\n        departmentId\n        name\n        assigned\n        closed\n        overdue\n        overdueNow\n      }\n      overdueCases {\n        id\n        trackingNo\n        title\n        state\n        departmentName\n        dueAt\n      }\n      hotKeywords {\n        key\n        count\n        previous\n      }\n      hotCategories {\n        key\n        count\n        previous\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  fragment ServicePointFields on ServicePoint {\n    id\n    kind\n    name\n    gridId\n    gridPath\n    address\n    phone\n    openingHours\n    services\n    active\n    version\n  }\n": typeof types.ServicePointFieldsFragmentDoc,
    "\n  query ServicePointsAdmin {\n    servicePointsAdmin {\n      ...ServicePointFields\n    }\n  }\n": typeof types.ServicePointsAdminDocument,
    "\n  mutation CreateServicePoint($input: ServicePointInput!) {\n    createServicePoint(input: $input) {\n      ...ServicePointFields\n    }\n  }\n": typeof types.CreateServicePointDocument,
    "\n  mutation UpdateServicePoint($id: ID!, $input: ServicePointInput!, $version: Int!) {\n    updateServicePoint(id: $id, input: $input, version: $version) {\n      ...ServicePointFields\n    }\n  }\n": typeof types.UpdateServicePointDocument,
    "\n  mutation SetServicePointActive($id: ID!, $active: Boolean!) {\n    setServicePointActive(id: $id, active: $active) {\n      ...ServicePointFields\n    }\n  }\n": typeof types.SetServicePointActiveDocument,
    "\n  query SupervisionBoard($filter: SupervisionFilter, $first: Int!, $after: String) {\n    supervisionBoard(filter: $filter, first: $first, after: $after) {\n      items {\n        id\n        kind\n        step\n        colour\n        reason\n        deadline\n        raisedAt\n        overdueWorkingDays\n        caseId\n        trackingNo\n        caseTitle\n        caseState\n        suggestionId\n        suggestion\n        departmentId\n        departmentName\n        gridId\n        gridName\n      }\n      nextCursor\n    }\n  }\n": typeof types.SupervisionBoardDocument,
    "\n  query SupervisionCounts($filter: SupervisionFilter) {\n    supervisionCounts(filter: $filter) {\n      departmentId\n      departmentName\n      total\n      red\n      yellow\n      inaction\n      slowAction\n      wrongAction\n      complaint\n    }\n  }\n": typeof types.SupervisionCountsDocument,
    "\n  fragment CaseSupervisionFields on CaseSupervision {\n    id\n    caseId\n    trackingNo\n    caseTitle\n    departmentId\n    departmentName\n    level\n    note\n    dueDate\n    issuedAt\n    issuedByName\n    acknowledgedAt\n    acknowledgedByName\n    acknowledgeNote\n  }\n": typeof types.CaseSupervisionFieldsFragmentDoc,
    "\n  query CaseSupervisions($caseId: ID!) {\n    caseSupervisions(caseId: $caseId) {\n      ...CaseSupervisionFields\n    }\n  }\n": typeof types.CaseSupervisionsDocument,
    "\n  query PendingSupervisions($first: Int!, $after: String) {\n    pendingSupervisions(first: $first, after: $after) {\n      items {\n        ...CaseSupervisionFields\n      }\n      nextCursor\n    }\n  }\n": typeof types.PendingSupervisionsDocument,
    "\n  mutation SuperviseCase($id: ID!, $version: Int!, $input: SuperviseCaseInput!) {\n    superviseCase(id: $id, version: $version, input: $input) {\n      ...CaseFields\n    }\n  }\n": typeof types.SuperviseCaseDocument,
    "\n  mutation UrgeCase($id: ID!, $version: Int!, $note: String!) {\n    urgeCase(id: $id, version: $version, note: $note) {\n      ...CaseFields\n    }\n  }\n": typeof types.UrgeCaseDocument,
    "\n  mutation AcknowledgeSupervision($id: ID!, $version: Int!, $note: String) {\n    acknowledgeSupervision(id: $id, version: $version, note: $note) {\n      ...CaseFields\n    }\n  }\n": typeof types.AcknowledgeSupervisionDocument,
    "\n  subscription SupervisionBoardChanged {\n    supervisionBoardChanged {\n      raised\n    }\n  }\n": typeof types.SupervisionBoardChangedDocument,
    "\n  fragment UserFields on User {\n    id\n    username\n    displayName\n    mobile\n    email\n    roles\n    active\n    departmentId\n    departmentName\n    gridId\n    enterpriseId\n    createdAt\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  query Users($first: Int!, $after: String, $keyword: String) {\n    users(first: $first, after: $after, keyword: $keyword) {\n      items {\n        ...UserFields\n      }\n      nextCursor\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: NewUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation ResetUserPassword($input: ResetPasswordInput!) {\n    resetUserPassword(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  mutation SetUserActive($userId: ID!, $active: Boolean!) {\n    setUserActive(userId: $userId, active: $active) {\n      ...UserFields\n    }\n  }\n": typeof types.SetUserActiveDocument,
    "\n  query OfficeWorkbenchCounts {\n    officeWorkbenchCounts {\n      toAccept\n      toAssign\n      toReview\n      disputes\n      extensionRequests\n      returnRequests\n      overdue\n    }\n  }\n": typeof types.OfficeWorkbenchCountsDocument,
    "\n  query DepartmentWorkbenchCounts {\n    departmentWorkbenchCounts {\n      TO_SIGN\n      IN_PROGRESS\n      AWAITING_LEADER\n      SENT_BACK\n      CO_HANDLING\n      OVERDUE\n    }\n  }\n": typeof types.DepartmentWorkbenchCountsDocument,
    "\n  query DepartmentWorkbench($queue: DepartmentQueue!, $first: Int!, $after: String) {\n    departmentWorkbench(queue: $queue, first: $first, after: $after) {\n      items {\n        case {\n          id\n          trackingNo\n          title\n          kind\n          enterpriseName\n        }\n        assignment {\n          id\n          role\n          state\n          paused\n        }\n        deadline {\n          dueAt\n          state\n          workingDays\n        }\n      }\n      nextCursor\n    }\n  }\n": typeof types.DepartmentWorkbenchDocument,
};
const documents: Documents = {
    "\n  fragment AccountabilityRecordFields on AccountabilityRecord {\n    id\n    subjectKind\n    department {\n      id\n      name\n    }\n    officialName\n    officialPost\n    type\n    reason\n    cases {\n      id\n      trackingNo\n      title\n      enterpriseName\n    }\n    decidedOn\n    decidedBy\n    publishedNotices\n    version\n  }\n": types.AccountabilityRecordFieldsFragmentDoc,
    "\n  fragment PublicNoticeItemFields on PublicNoticeItem {\n    type\n    subjectKind\n    departmentName\n    officialName\n    officialPost\n    decidedOn\n  }\n": types.PublicNoticeItemFieldsFragmentDoc,
    "\n  query AccountabilityRecords($filter: AccountabilityRecordFilter, $first: Int, $after: String) {\n    accountabilityRecords(filter: $filter, first: $first, after: $after) {\n      items {\n        ...AccountabilityRecordFields\n      }\n      nextCursor\n    }\n  }\n": types.AccountabilityRecordsDocument,
    "\n  mutation CreateAccountabilityRecord($input: AccountabilityRecordInput!) {\n    createAccountabilityRecord(input: $input) {\n      ...AccountabilityRecordFields\n    }\n  }\n": types.CreateAccountabilityRecordDocument,
    "\n  mutation UpdateAccountabilityRecord($id: ID!, $input: AccountabilityRecordInput!, $version: Int!) {\n    updateAccountabilityRecord(id: $id, input: $input, version: $version) {\n      ...AccountabilityRecordFields\n    }\n  }\n": types.UpdateAccountabilityRecordDocument,
    "\n  query AccountabilityCandidates($from: DateTime!, $to: DateTime!) {\n    accountabilityCandidates(from: $from, to: $to) {\n      kind\n      department {\n        id\n        name\n      }\n      case {\n        id\n        trackingNo\n        title\n        enterpriseName\n      }\n      at\n      count\n    }\n  }\n": types.AccountabilityCandidatesDocument,
    "\n  query AccountabilityFigures($from: String!, $to: String!, $period: FigurePeriod) {\n    accountabilityFigures(from: $from, to: $to, period: $period) {\n      period\n      periods\n      people\n      departments\n      rows {\n        period\n        type\n        people\n        departments\n      }\n    }\n  }\n": types.AccountabilityFiguresDocument,
    "\n  query PublicNoticeDraft($input: PublicNoticeInput!) {\n    publicNoticeDraft(input: $input) {\n      title\n      body\n      items {\n        ...PublicNoticeItemFields\n      }\n    }\n  }\n": types.PublicNoticeDraftDocument,
    "\n  query AdminPublicNotices($first: Int, $after: String) {\n    adminPublicNotices(first: $first, after: $after) {\n      items {\n        id\n        title\n        body\n        publishedAt\n        withdrawnAt\n        withdrawReason\n        recordIds\n        version\n        redaction {\n          names\n          posts\n          enterprises\n        }\n        items {\n          ...PublicNoticeItemFields\n        }\n      }\n      nextCursor\n    }\n  }\n": types.AdminPublicNoticesDocument,
    "\n  mutation PublishPublicNotice($input: PublicNoticeInput!) {\n    publishPublicNotice(input: $input) {\n      id\n      title\n    }\n  }\n": types.PublishPublicNoticeDocument,
    "\n  mutation WithdrawPublicNotice($id: ID!, $version: Int!, $reason: String!) {\n    withdrawPublicNotice(id: $id, version: $version, reason: $reason) {\n      id\n      withdrawnAt\n      version\n    }\n  }\n": types.WithdrawPublicNoticeDocument,
    "\n  query AuditLog($first: Int!, $after: String, $filter: AuditLogFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      items {\n        id\n        occurredAt\n        actorName\n        action\n        targetType\n        targetId\n        ip\n        details\n      }\n      nextCursor\n    }\n  }\n": types.AuditLogDocument,
    "\n  query VerifyAuditChain {\n    verifyAuditChain {\n      intact\n      checked\n      firstBrokenId\n    }\n  }\n": types.VerifyAuditChainDocument,
    "\n  fragment ViewerFields on Viewer {\n    id\n    username\n    displayName\n    mobile\n    roles\n    mustChangePassword\n    organisationName\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation NewCaptcha {\n    newCaptcha {\n      id\n      image\n    }\n  }\n": types.NewCaptchaDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  fragment HolidayYearFields on HolidayYear {\n    year\n    off {\n      name\n      from\n      to\n    }\n    work\n    version\n    updatedAt\n  }\n": types.HolidayYearFieldsFragmentDoc,
    "\n  query HolidayYears {\n    holidayYears {\n      ...HolidayYearFields\n    }\n  }\n": types.HolidayYearsDocument,
    "\n  query CalendarStatus {\n    calendarStatus {\n      currentYear\n      nextYear\n      missingYears\n    }\n  }\n": types.CalendarStatusDocument,
    "\n  mutation SaveHolidayYear($year: Int!, $input: HolidayYearInput!, $version: Int) {\n    saveHolidayYear(year: $year, input: $input, version: $version) {\n      ...HolidayYearFields\n    }\n  }\n": types.SaveHolidayYearDocument,
    "\n  query AssignmentSuggestions($caseId: ID!) {\n    assignmentSuggestions(caseId: $caseId) {\n      leads {\n        ...DepartmentSuggestionFields\n      }\n      co {\n        ...DepartmentSuggestionFields\n      }\n    }\n  }\n": types.AssignmentSuggestionsDocument,
    "\n  fragment DepartmentSuggestionFields on DepartmentSuggestion {\n    score\n    department {\n      id\n      name\n      shortName\n      active\n    }\n    reasons {\n      source\n      matterId\n      matterName\n      words\n      caseCount\n    }\n  }\n": types.DepartmentSuggestionFieldsFragmentDoc,
    "\n  mutation AssignCase($id: ID!, $version: Int!, $input: AssignCaseInput!) {\n    assignCase(id: $id, version: $version, input: $input) {\n      ...CaseFields\n    }\n  }\n": types.AssignCaseDocument,
    "\n  mutation SignCase($id: ID!, $version: Int!) {\n    signCase(id: $id, version: $version) {\n      ...CaseFields\n    }\n  }\n": types.SignCaseDocument,
    "\n  mutation RecordFirstContact($id: ID!, $version: Int!, $input: FirstContactInput!) {\n    recordFirstContact(id: $id, version: $version, input: $input) {\n      ...CaseFields\n    }\n  }\n": types.RecordFirstContactDocument,
    "\n  mutation RecordCaseProgress($id: ID!, $version: Int!, $input: ProgressInput!) {\n    recordCaseProgress(id: $id, version: $version, input: $input) {\n      ...CaseFields\n    }\n  }\n": types.RecordCaseProgressDocument,
    "\n  mutation SubmitCaseOpinion($id: ID!, $version: Int!, $opinion: String!) {\n    submitCaseOpinion(id: $id, version: $version, opinion: $opinion) {\n      ...CaseFields\n    }\n  }\n": types.SubmitCaseOpinionDocument,
    "\n  mutation DraftCaseReply($id: ID!, $version: Int!, $input: DraftReplyInput!) {\n    draftCaseReply(id: $id, version: $version, input: $input) {\n      ...CaseFields\n    }\n  }\n": types.DraftCaseReplyDocument,
    "\n  mutation SubmitCaseReply($id: ID!, $version: Int!) {\n    submitCaseReply(id: $id, version: $version) {\n      ...CaseFields\n    }\n  }\n": types.SubmitCaseReplyDocument,
    "\n  mutation RequestCaseExtension($id: ID!, $version: Int!, $input: ExtensionRequestInput!) {\n    requestCaseExtension(id: $id, version: $version, input: $input) {\n      ...CaseFields\n    }\n  }\n": types.RequestCaseExtensionDocument,
    "\n  mutation RequestCaseReturn($id: ID!, $version: Int!, $reason: String!) {\n    requestCaseReturn(id: $id, version: $version, reason: $reason) {\n      ...CaseFields\n    }\n  }\n": types.RequestCaseReturnDocument,
    "\n  mutation ApproveCaseReply($id: ID!, $version: Int!, $note: String) {\n    approveCaseReply(id: $id, version: $version, note: $note) {\n      ...CaseFields\n    }\n  }\n": types.ApproveCaseReplyDocument,
    "\n  mutation SendCaseBack($id: ID!, $version: Int!, $reason: String!) {\n    sendCaseBack(id: $id, version: $version, reason: $reason) {\n      ...CaseFields\n    }\n  }\n": types.SendCaseBackDocument,
    "\n  mutation DecideCaseExtension($id: ID!, $version: Int!, $approve: Boolean!, $reason: String!) {\n    decideCaseExtension(id: $id, version: $version, approve: $approve, reason: $reason) {\n      ...CaseFields\n    }\n  }\n": types.DecideCaseExtensionDocument,
    "\n  mutation DecideCaseReturn($id: ID!, $version: Int!, $approve: Boolean!, $reason: String!) {\n    decideCaseReturn(id: $id, version: $version, approve: $approve, reason: $reason) {\n      ...CaseFields\n    }\n  }\n": types.DecideCaseReturnDocument,
    "\n  mutation ReopenCase($id: ID!, $version: Int!, $input: ReopenCaseInput!) {\n    reopenCase(id: $id, version: $version, input: $input) {\n      ...CaseFields\n    }\n  }\n": types.ReopenCaseDocument,
    "\n  mutation CloseDisputedCase($id: ID!, $version: Int!, $explanation: String!) {\n    closeDisputedCase(id: $id, version: $version, explanation: $explanation) {\n      ...CaseFields\n    }\n  }\n": types.CloseDisputedCaseDocument,
    "\n  mutation RevealCaseContact($id: ID!) {\n    revealCaseContact(id: $id) {\n      ...CaseContactFields\n    }\n  }\n": types.RevealCaseContactDocument,
    "\n  fragment CaseRowFields on Case {\n    id\n    trackingNo\n    kind\n    category\n    channel\n    title\n    state\n    priority\n    complexity\n    officeNote\n    enterpriseId\n    enterpriseName\n    gridPath\n    leadDepartmentName\n    submittedAt\n    deadline {\n      dueAt\n      state\n      workingDays\n    }\n    version\n  }\n": types.CaseRowFieldsFragmentDoc,
    "\n  fragment CaseAttachmentFields on Attachment {\n    id\n    fileName\n    mimeType\n    size\n    thumbnail\n  }\n": types.CaseAttachmentFieldsFragmentDoc,
    "\n  fragment CaseContactFields on CaseContact {\n    name\n    phone\n    masked\n  }\n": types.CaseContactFieldsFragmentDoc,
    "\n  fragment CaseAssignmentFields on CaseAssignment {\n    id\n    departmentId\n    departmentName\n    role\n    state\n    assignedAt\n    signDeadline\n    replyDeadline\n    originalReplyDeadline\n    signedAt\n    firstContactedAt\n    repliedAt\n    paused\n    note\n    opinion\n    draftResult\n    draftText\n    draftInternalNote\n    pendingRequest\n    requestReason\n    requestDays\n    sentBackAt\n    version\n  }\n": types.CaseAssignmentFieldsFragmentDoc,
    "\n  fragment CaseFields on Case {\n    ...CaseRowFields\n    queryCode\n    content\n    misconductType\n    contactConsent\n    namedDepartmentId\n    namedDepartmentName\n    submitterName\n    acceptedAt\n    repliedAt\n    closedAt\n    duplicateOf {\n      id\n      trackingNo\n    }\n    replyResult\n    replyText\n    reopenCount\n    availableActions\n    contact {\n      ...CaseContactFields\n    }\n    assignments {\n      ...CaseAssignmentFields\n    }\n    attachments {\n      ...CaseAttachmentFields\n    }\n    timeline {\n      id\n      occurredAt\n      action\n      fromState\n      toState\n      actorRole\n      actorName\n      publicNote\n      internalNote\n      attachments {\n        ...CaseAttachmentFields\n      }\n    }\n  }\n": types.CaseFieldsFragmentDoc,
    "\n  query Cases($page: CasePageArgs, $withTotal: Boolean!) {\n    cases(page: $page) {\n      items {\n        ...CaseRowFields\n      }\n      nextCursor\n      totalCount @include(if: $withTotal)\n      totalCountCapped @include(if: $withTotal)\n    }\n  }\n": types.CasesDocument,
    "\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseFields\n    }\n  }\n": types.CaseDocument,
    "\n  mutation AcceptCase($id: ID!, $version: Int!, $input: AcceptCaseInput!) {\n    acceptCase(id: $id, version: $version, input: $input) {\n      ...CaseFields\n    }\n  }\n": types.AcceptCaseDocument,
    "\n  mutation RejectCase($id: ID!, $version: Int!, $reason: String!) {\n    rejectCase(id: $id, version: $version, reason: $reason) {\n      ...CaseFields\n    }\n  }\n": types.RejectCaseDocument,
    "\n  mutation RequestCaseInfo($id: ID!, $version: Int!, $request: String!) {\n    requestCaseInfo(id: $id, version: $version, request: $request) {\n      ...CaseFields\n    }\n  }\n": types.RequestCaseInfoDocument,
    "\n  mutation MarkCaseDuplicate($id: ID!, $version: Int!, $originalTrackingNo: String!, $note: String) {\n    markCaseDuplicate(id: $id, version: $version, originalTrackingNo: $originalTrackingNo, note: $note) {\n      ...CaseFields\n    }\n  }\n": types.MarkCaseDuplicateDocument,
    "\n  mutation ReplyCaseDirectly($id: ID!, $version: Int!, $input: DirectReplyInput!) {\n    replyCaseDirectly(id: $id, version: $version, input: $input) {\n      ...CaseFields\n    }\n  }\n": types.ReplyCaseDirectlyDocument,
    "\n  mutation EnterCase($input: OfficeCaseInput!) {\n    enterCase(input: $input) {\n      id\n      trackingNo\n    }\n  }\n": types.EnterCaseDocument,
    "\n  mutation UploadAttachment($input: UploadAttachmentInput!) {\n    uploadAttachment(input: $input) {\n      ...CaseAttachmentFields\n    }\n  }\n": types.UploadAttachmentDocument,
    "\n  query EnterpriseCaseCounts($enterpriseId: ID!) {\n    enterpriseCaseCounts(enterpriseId: $enterpriseId) {\n      state\n      count\n    }\n  }\n": types.EnterpriseCaseCountsDocument,
    "\n  query ConditionDashboard($month: String!, $gridId: ID) {\n    conditionDashboard(month: $month, gridId: $gridId) {\n      month\n      dueDate\n      pastDue\n      enterprises\n      reported\n      missing\n      worsened\n      employees\n      outputValue\n      revenue\n      byGrid {\n        key\n        label\n        status\n        count\n      }\n      byIndustry {\n        key\n        label\n        status\n        count\n      }\n      trend {\n        month\n        reports\n        employees\n        outputValue\n        revenue\n      }\n      coverage {\n        gridId\n        gridName\n        enterprises\n        visited\n        visits\n        reported\n      }\n    }\n  }\n": types.ConditionDashboardDocument,
    "\n  query ConditionEnterprises($filter: ConditionEnterpriseFilter!, $first: Int, $after: String) {\n    conditionEnterprises(filter: $filter, first: $first, after: $after) {\n      items {\n        id\n        name\n        gridName\n        industry\n        status\n        previousStatus\n        latestStatus\n        latestMonth\n        reported\n        visitedOn\n      }\n      nextCursor\n    }\n  }\n": types.ConditionEnterprisesDocument,
    "\n  query EnterpriseConditionReports($enterpriseId: ID!, $months: Int) {\n    enterpriseConditionReports(enterpriseId: $enterpriseId, months: $months) {\n      id\n      month\n      operatingStatus\n      employees\n      outputValue\n      revenue\n      capacityUse\n      orderTrend\n      difficulties\n      submittedAt\n      submittedByName\n      visitId\n      revisions\n      cases {\n        id\n        trackingNo\n        title\n        state\n      }\n    }\n  }\n": types.EnterpriseConditionReportsDocument,
    "\n  query EnterpriseConditionVisits($enterpriseId: ID!) {\n    enterpriseConditionVisits(enterpriseId: $enterpriseId) {\n      id\n      visitedOn\n      findings\n      visitorName\n      reportId\n      photos {\n        id\n        fileName\n        thumbnail\n      }\n    }\n  }\n": types.EnterpriseConditionVisitsDocument,
    "\n  fragment DepartmentFields on Department {\n    id\n    name\n    shortName\n    kind\n    contactPhone\n    active\n    version\n  }\n": types.DepartmentFieldsFragmentDoc,
    "\n  query Departments($includeInactive: Boolean!) {\n    departments(includeInactive: $includeInactive) {\n      ...DepartmentFields\n    }\n  }\n": types.DepartmentsDocument,
    "\n  mutation CreateDepartment($input: DepartmentInput!) {\n    createDepartment(input: $input) {\n      ...DepartmentFields\n    }\n  }\n": types.CreateDepartmentDocument,
    "\n  mutation UpdateDepartment($id: ID!, $input: DepartmentInput!, $version: Int!) {\n    updateDepartment(id: $id, input: $input, version: $version) {\n      ...DepartmentFields\n    }\n  }\n": types.UpdateDepartmentDocument,
    "\n  mutation SetDepartmentActive($id: ID!, $active: Boolean!) {\n    setDepartmentActive(id: $id, active: $active) {\n      ...DepartmentFields\n    }\n  }\n": types.SetDepartmentActiveDocument,
    "\n  fragment DispatchMatterFields on DispatchMatter {\n    id\n    category\n    name\n    description\n    keywords\n    lead {\n      id\n      name\n      shortName\n      active\n    }\n    co {\n      id\n      name\n      shortName\n      active\n    }\n    version\n    updatedAt\n  }\n": types.DispatchMatterFieldsFragmentDoc,
    "\n  fragment TimeLimitsFields on TimeLimits {\n    category\n    priority\n    sign\n    firstContact\n    reply\n    replyComplex\n    review\n    custom\n    version\n  }\n": types.TimeLimitsFieldsFragmentDoc,
    "\n  query DispatchMatters($category: String) {\n    dispatchMatters(category: $category) {\n      ...DispatchMatterFields\n    }\n  }\n": types.DispatchMattersDocument,
    "\n  mutation CreateDispatchMatter($input: DispatchMatterInput!) {\n    createDispatchMatter(input: $input) {\n      ...DispatchMatterFields\n    }\n  }\n": types.CreateDispatchMatterDocument,
    "\n  mutation UpdateDispatchMatter($id: ID!, $input: DispatchMatterInput!, $version: Int!) {\n    updateDispatchMatter(id: $id, input: $input, version: $version) {\n      ...DispatchMatterFields\n    }\n  }\n": types.UpdateDispatchMatterDocument,
    "\n  mutation RemoveDispatchMatter($id: ID!, $version: Int!) {\n    removeDispatchMatter(id: $id, version: $version)\n  }\n": types.RemoveDispatchMatterDocument,
    "\n  query SuggestionShare($from: DateTime!, $to: DateTime!) {\n    assignmentSuggestionShare(from: $from, to: $to) {\n      assignments\n      suggested\n      tookFirst\n      share\n    }\n  }\n": types.SuggestionShareDocument,
    "\n  query TimeLimits {\n    timeLimits {\n      ...TimeLimitsFields\n    }\n  }\n": types.TimeLimitsDocument,
    "\n  mutation SaveTimeLimits($key: TimeLimitsKey!, $input: TimeLimitsInput!, $version: Int!) {\n    saveTimeLimits(key: $key, input: $input, version: $version) {\n      ...TimeLimitsFields\n    }\n  }\n": types.SaveTimeLimitsDocument,
    "\n  mutation ResetTimeLimits($key: TimeLimitsKey!, $version: Int!) {\n    resetTimeLimits(key: $key, version: $version) {\n      ...TimeLimitsFields\n    }\n  }\n": types.ResetTimeLimitsDocument,
    "\n  fragment EnterpriseFields on Enterprise {\n    id\n    name\n    creditCode\n    legalRepresentative\n    industry\n    scale\n    status\n    address\n    gridId\n    gridPath\n    contactName\n    contactPhone\n    createdAt\n    updatedAt\n    version\n  }\n": types.EnterpriseFieldsFragmentDoc,
    "\n  query Enterprises($page: EnterprisePageArgs) {\n    enterprises(page: $page) {\n      items {\n        ...EnterpriseFields\n      }\n      nextCursor\n    }\n  }\n": types.EnterprisesDocument,
    "\n  query Enterprise($id: ID!) {\n    enterprise(id: $id) {\n      ...EnterpriseFields\n    }\n  }\n": types.EnterpriseDocument,
    "\n  query EnterpriseAccounts($enterpriseId: ID!) {\n    enterpriseAccounts(enterpriseId: $enterpriseId) {\n      id\n      displayName\n      username\n      mobile\n      manager\n      active\n    }\n  }\n": types.EnterpriseAccountsDocument,
    "\n  query EnterpriseHistory($enterpriseId: ID!) {\n    enterpriseHistory(enterpriseId: $enterpriseId) {\n      id\n      occurredAt\n      actorName\n      action\n      details\n    }\n  }\n": types.EnterpriseHistoryDocument,
    "\n  mutation CreateEnterprise($input: EnterpriseInput!) {\n    createEnterprise(input: $input) {\n      ...EnterpriseFields\n    }\n  }\n": types.CreateEnterpriseDocument,
    "\n  mutation UpdateEnterprise($id: ID!, $input: EnterpriseInput!, $version: Int!) {\n    updateEnterprise(id: $id, input: $input, version: $version) {\n      ...EnterpriseFields\n    }\n  }\n": types.UpdateEnterpriseDocument,
    "\n  fragment EnterpriseClaimFields on EnterpriseClaim {\n    id\n    status\n    enterpriseId\n    enterpriseName\n    creditCode\n    applicantName\n    applicantMobile\n    createdAt\n    decidedAt\n    rejectionReason\n  }\n": types.EnterpriseClaimFieldsFragmentDoc,
    "\n  query EnterpriseClaims($status: EnterpriseClaimStatus) {\n    enterpriseClaims(status: $status) {\n      ...EnterpriseClaimFields\n    }\n  }\n": types.EnterpriseClaimsDocument,
    "\n  mutation ApproveEnterpriseClaim($id: ID!) {\n    approveEnterpriseClaim(id: $id) {\n      ...EnterpriseClaimFields\n    }\n  }\n": types.ApproveEnterpriseClaimDocument,
    "\n  mutation RejectEnterpriseClaim($id: ID!, $reason: String!) {\n    rejectEnterpriseClaim(id: $id, reason: $reason) {\n      ...EnterpriseClaimFields\n    }\n  }\n": types.RejectEnterpriseClaimDocument,
    "\n  query EnterpriseImportTemplate {\n    enterpriseImportTemplate\n  }\n": types.EnterpriseImportTemplateDocument,
    "\n  mutation ImportEnterprises($file: String!) {\n    importEnterprises(file: $file) {\n      imported\n      failed {\n        row\n        reasons\n      }\n    }\n  }\n": types.ImportEnterprisesDocument,
    "\n  fragment ExportFileFields on ExportFile {\n    id\n    kind\n    status\n    fileName\n    rows\n    createdAt\n    finishedAt\n    error\n    downloadUrl\n  }\n": types.ExportFileFieldsFragmentDoc,
    "\n  mutation RequestCaseExport($filter: CaseFilter) {\n    requestCaseExport(filter: $filter) {\n      ...ExportFileFields\n    }\n  }\n": types.RequestCaseExportDocument,
    "\n  mutation RequestEnterpriseExport($filter: EnterpriseFilter) {\n    requestEnterpriseExport(filter: $filter) {\n      ...ExportFileFields\n    }\n  }\n": types.RequestEnterpriseExportDocument,
    "\n  mutation RequestAuditExport($filter: AuditLogFilter) {\n    requestAuditExport(filter: $filter) {\n      ...ExportFileFields\n    }\n  }\n": types.RequestAuditExportDocument,
    "\n  mutation RequestConditionExport($month: String!) {\n    requestConditionExport(month: $month) {\n      ...ExportFileFields\n    }\n  }\n": types.RequestConditionExportDocument,
    "\n  mutation RequestMonthlyReportExport($month: String!) {\n    requestMonthlyReportExport(month: $month) {\n      ...ExportFileFields\n    }\n  }\n": types.RequestMonthlyReportExportDocument,
    "\n  query MyExports {\n    myExports {\n      ...ExportFileFields\n    }\n  }\n": types.MyExportsDocument,
    "\n  query GridOptions($includeInactive: Boolean!) {\n    grids(includeInactive: $includeInactive) {\n      id\n      name\n      code\n      level\n      parentId\n      active\n    }\n  }\n": types.GridOptionsDocument,
    "\n  fragment GridFields on Grid {\n    id\n    name\n    code\n    level\n    parentId\n    path\n    active\n    enterpriseCount\n    heads {\n      id\n      displayName\n      mobile\n    }\n    version\n  }\n": types.GridFieldsFragmentDoc,
    "\n  query Grids {\n    grids(includeInactive: true) {\n      ...GridFields\n    }\n  }\n": types.GridsDocument,
    "\n  mutation CreateGrid($input: GridInput!) {\n    createGrid(input: $input) {\n      ...GridFields\n    }\n  }\n": types.CreateGridDocument,
    "\n  mutation RenameGrid($id: ID!, $name: String!, $code: String!, $version: Int!) {\n    renameGrid(id: $id, name: $name, code: $code, version: $version) {\n      ...GridFields\n    }\n  }\n": types.RenameGridDocument,
    "\n  mutation MoveGrid($id: ID!, $parentId: ID!, $version: Int!) {\n    moveGrid(id: $id, parentId: $parentId, version: $version) {\n      ...GridFields\n    }\n  }\n": types.MoveGridDocument,
    "\n  mutation SetGridActive($id: ID!, $active: Boolean!) {\n    setGridActive(id: $id, active: $active) {\n      ...GridFields\n    }\n  }\n": types.SetGridActiveDocument,
    "\n  mutation RemoveGrid($id: ID!) {\n    removeGrid(id: $id)\n  }\n": types.RemoveGridDocument,
    "\n  fragment InspectionTeamFields on InspectionTeam {\n    id\n    name\n    leader {\n      id\n      displayName\n    }\n    members {\n      id\n      displayName\n    }\n    version\n  }\n": types.InspectionTeamFieldsFragmentDoc,
    "\n  fragment InspectionTaskFields on InspectionTask {\n    id\n    title\n    focus\n    team {\n      id\n      name\n    }\n    grid {\n      id\n      name\n    }\n    department {\n      id\n      name\n    }\n    startsOn\n    endsOn\n    records\n    version\n  }\n": types.InspectionTaskFieldsFragmentDoc,
    "\n  fragment RectificationFields on Rectification {\n    id\n    findingId\n    findingDescription\n    department {\n      id\n      name\n    }\n    suggestion\n    issuedAt\n    deadline\n    state\n    warning\n    report\n    evidence\n    reportedAt\n    returnReason\n    version\n  }\n": types.RectificationFieldsFragmentDoc,
    "\n  fragment InspectionRecordFindingFields on InspectionFinding {\n    id\n    category\n    department {\n      id\n      name\n    }\n    description\n    outcome\n    solution\n    caseTrackingNo\n    rectification {\n      id\n      state\n      deadline\n    }\n    version\n  }\n": types.InspectionRecordFindingFieldsFragmentDoc,
    "\n  fragment InspectionRecordFields on InspectionRecord {\n    id\n    taskId\n    inspector {\n      id\n      displayName\n    }\n    inspectedOn\n    place\n    checked\n    photos {\n      id\n      fileName\n      thumbnail\n    }\n    findings {\n      ...InspectionRecordFindingFields\n    }\n  }\n": types.InspectionRecordFieldsFragmentDoc,
    "\n  fragment InspectionFigureFields on InspectionFigureRow {\n    teamId\n    teamName\n    dispatched\n    inspectors\n    found\n    solved\n    suggested\n    onTime\n    overdue\n  }\n": types.InspectionFigureFieldsFragmentDoc,
    "\n  query InspectionTeams {\n    inspectionTeams {\n      ...InspectionTeamFields\n    }\n  }\n": types.InspectionTeamsDocument,
    "\n  query InspectionInspectors {\n    inspectionInspectors {\n      id\n      displayName\n    }\n  }\n": types.InspectionInspectorsDocument,
    "\n  mutation CreateInspectionTeam($input: InspectionTeamInput!) {\n    createInspectionTeam(input: $input) {\n      ...InspectionTeamFields\n    }\n  }\n": types.CreateInspectionTeamDocument,
    "\n  mutation UpdateInspectionTeam($id: ID!, $input: InspectionTeamInput!, $version: Int!) {\n    updateInspectionTeam(id: $id, input: $input, version: $version) {\n      ...InspectionTeamFields\n    }\n  }\n": types.UpdateInspectionTeamDocument,
    "\n  query InspectionTasks($first: Int!, $after: String) {\n    inspectionTasks(first: $first, after: $after) {\n      items {\n        ...InspectionTaskFields\n      }\n      nextCursor\n    }\n  }\n": types.InspectionTasksDocument,
    "\n  mutation CreateInspectionTask($input: InspectionTaskInput!) {\n    createInspectionTask(input: $input) {\n      ...InspectionTaskFields\n    }\n  }\n": types.CreateInspectionTaskDocument,
    "\n  query InspectionRecords($taskId: ID!, $first: Int!, $after: String) {\n    inspectionRecords(taskId: $taskId, first: $first, after: $after) {\n      items {\n        ...InspectionRecordFields\n      }\n      nextCursor\n    }\n  }\n": types.InspectionRecordsDocument,
    "\n  mutation CreateInspectionRecord($input: InspectionRecordInput!) {\n    createInspectionRecord(input: $input) {\n      ...InspectionRecordFields\n    }\n  }\n": types.CreateInspectionRecordDocument,
    "\n  mutation UploadInspectionPhoto($input: UploadAttachmentInput!) {\n    uploadInspectionPhoto(input: $input) {\n      id\n      fileName\n      thumbnail\n    }\n  }\n": types.UploadInspectionPhotoDocument,
    "\n  query InspectionFindingEnterprises($findingId: ID!, $keyword: String, $first: Int!, $after: String) {\n    inspectionFindingEnterprises(findingId: $findingId, keyword: $keyword, first: $first, after: $after) {\n      items {\n        id\n        name\n        creditCode\n        gridName\n      }\n      nextCursor\n    }\n  }\n": types.InspectionFindingEnterprisesDocument,
    "\n  mutation SolveFindingOnSpot($id: ID!, $version: Int!, $solution: String!) {\n    solveFindingOnSpot(id: $id, version: $version, solution: $solution) {\n      ...InspectionRecordFindingFields\n    }\n  }\n": types.SolveFindingOnSpotDocument,
    "\n  mutation FileFindingAsCase($id: ID!, $version: Int!, $input: FindingCaseInput!) {\n    fileFindingAsCase(id: $id, version: $version, input: $input) {\n      ...InspectionRecordFindingFields\n    }\n  }\n": types.FileFindingAsCaseDocument,
    "\n  mutation SuggestRectification($id: ID!, $version: Int!, $input: RectificationSuggestionInput!) {\n    suggestRectification(id: $id, version: $version, input: $input) {\n      ...InspectionRecordFindingFields\n    }\n  }\n": types.SuggestRectificationDocument,
    "\n  query Rectifications($state: RectificationState, $first: Int!, $after: String) {\n    rectifications(state: $state, first: $first, after: $after) {\n      items {\n        ...RectificationFields\n      }\n      nextCursor\n    }\n  }\n": types.RectificationsDocument,
    "\n  mutation ReportRectification($id: ID!, $version: Int!, $input: RectificationReportInput!) {\n    reportRectification(id: $id, version: $version, input: $input) {\n      ...RectificationFields\n    }\n  }\n": types.ReportRectificationDocument,
    "\n  mutation AcceptRectification($id: ID!, $version: Int!) {\n    acceptRectification(id: $id, version: $version) {\n      ...RectificationFields\n    }\n  }\n": types.AcceptRectificationDocument,
    "\n  mutation SendBackRectification($id: ID!, $version: Int!, $reason: String!) {\n    sendBackRectification(id: $id, version: $version, reason: $reason) {\n      ...RectificationFields\n    }\n  }\n": types.SendBackRectificationDocument,
    "\n  query InspectionFigures($period: InspectionPeriodInput!) {\n    inspectionFigures(period: $period) {\n      total {\n        ...InspectionFigureFields\n      }\n      teams {\n        ...InspectionFigureFields\n      }\n    }\n  }\n": types.InspectionFiguresDocument,
    "\n  query InspectionFigureFindings(\n    $period: InspectionPeriodInput!\n    $figure: InspectionFigure!\n    $teamId: ID\n    $first: Int!\n    $after: String\n  ) {\n    inspectionFigureFindings(\n      period: $period\n      figure: $figure\n      teamId: $teamId\n      first: $first\n      after: $after\n    ) {\n      items {\n        id\n        inspectedOn\n        place\n        category\n        department {\n          id\n          name\n        }\n        description\n        outcome\n      }\n      nextCursor\n    }\n  }\n": types.InspectionFigureFindingsDocument,
    "\n  fragment JobQueueFields on JobQueue {\n    name\n    schedule\n    lastRunAt\n    nextRunAt\n    queued\n    active\n    failed\n    failures {\n      id\n      queue\n      error\n      attempts\n      failedAt\n    }\n  }\n": types.JobQueueFieldsFragmentDoc,
    "\n  query BackgroundJobs {\n    backgroundJobs {\n      ...JobQueueFields\n    }\n  }\n": types.BackgroundJobsDocument,
    "\n  mutation RetryJob($queue: String!, $id: ID!) {\n    retryJob(queue: $queue, id: $id) {\n      ...JobQueueFields\n    }\n  }\n": types.RetryJobDocument,
    "\n  query SentMessages($first: Int!, $after: String, $channel: MessageChannel) {\n    sentMessages(first: $first, after: $after, channel: $channel) {\n      items {\n        id\n        channel\n        recipient\n        subject\n        body\n        sentAt\n      }\n      nextCursor\n    }\n  }\n": types.SentMessagesDocument,
    "\n  query MonthlyReport($month: String!) {\n    monthlyReport(month: $month) {\n      month\n      generatedAt\n      figures {\n        from\n        to\n        received\n        closed\n        previousReceived\n        previousClosed\n        open\n        overdue\n        rates {\n          repliedOnTime {\n            ...ScorecardRateFields\n          }\n          resolution {\n            ...ScorecardRateFields\n          }\n          satisfaction {\n            ...ScorecardRateFields\n          }\n        }\n        previousRates {\n          repliedOnTime {\n            ...ScorecardRateFields\n          }\n          resolution {\n            ...ScorecardRateFields\n          }\n          satisfaction {\n            ...ScorecardRateFields\n          }\n        }\n        byCategory {\n          key\n          received\n          closed\n          previousReceived\n        }\n        byGrid {\n          key\n          name\n          received\n          closed\n          previousReceived\n        }\n        hotKeywords {\n          key\n          count\n          previous\n        }\n      }\n      ranking {\n        rankedCount\n        weights {\n          minSample\n        }\n        rows {\n          departmentId\n          departmentName\n          current {\n            ...ScorecardFiguresFields\n          }\n          previous {\n            rank\n            score\n          }\n        }\n      }\n      typicalCases {\n        kind\n        id\n        trackingNo\n        title\n        category\n        enterpriseName\n        departmentName\n        state\n        count\n      }\n      notices {\n        id\n        title\n        body\n        publishedAt\n      }\n      accountability {\n        people\n        departments\n        rows {\n          type\n          people\n          departments\n        }\n      }\n      records {\n        id\n        subjectKind\n        department {\n          id\n          name\n        }\n        officialName\n        officialPost\n        type\n        reason\n        decidedOn\n        decidedBy\n      }\n    }\n  }\n": types.MonthlyReportDocument,
    "\n  fragment ScorecardRateFields on ScorecardRate {\n    numerator\n    denominator\n    rate\n  }\n": types.ScorecardRateFieldsFragmentDoc,
    "\n  fragment ScorecardFiguresFields on ScorecardFigures {\n    assigned\n    signedOnTime {\n      ...ScorecardRateFields\n    }\n    contactedOnTime {\n      ...ScorecardRateFields\n    }\n    repliedOnTime {\n      ...ScorecardRateFields\n    }\n    resolution {\n      ...ScorecardRateFields\n    }\n    satisfaction {\n      ...ScorecardRateFields\n    }\n    closed\n    returned\n    extended\n    reopened\n    sentBack\n    overdue\n    overdueSuggestions\n    score\n    ranked\n    rank\n  }\n": types.ScorecardFiguresFieldsFragmentDoc,
    "\n  fragment ScorecardWeightsFields on ScorecardWeights {\n    signWeight\n    contactWeight\n    replyWeight\n    resolutionWeight\n    satisfactionWeight\n    minSample\n    version\n  }\n": types.ScorecardWeightsFieldsFragmentDoc,
    "\n  query Scorecard($period: ScorecardPeriodInput!) {\n    scorecard(period: $period) {\n      from\n      to\n      previousFrom\n      previousTo\n      rankedCount\n      weights {\n        ...ScorecardWeightsFields\n      }\n      rows {\n        departmentId\n        departmentName\n        current {\n          ...ScorecardFiguresFields\n        }\n        previous {\n          ...ScorecardFiguresFields\n        }\n      }\n    }\n  }\n": types.ScorecardDocument,
    "\n  query ScorecardCases($period: ScorecardPeriodInput!, $drill: ScorecardDrillInput!, $after: String) {\n    scorecardCases(period: $period, drill: $drill, first: 20, after: $after) {\n      items {\n        caseId\n        trackingNo\n        title\n        state\n        day\n      }\n      nextCursor\n    }\n  }\n": types.ScorecardCasesDocument,
    "\n  query ScorecardPreview($period: ScorecardPeriodInput!, $weights: ScorecardWeightsInput!) {\n    scorecardPreview(period: $period, weights: $weights) {\n      departmentId\n      departmentName\n      score\n      rank\n      previewScore\n      previewRank\n    }\n  }\n": types.ScorecardPreviewDocument,
    "\n  mutation SaveScorecardWeights($weights: ScorecardWeightsInput!, $version: Int!) {\n    saveScorecardWeights(weights: $weights, version: $version) {\n      ...ScorecardWeightsFields\n    }\n  }\n": types.SaveScorecardWeightsDocument,
    "\n  fragment DashboardCountFields on DashboardCount {\n    key\n    name\n    received\n    closed\n    previousReceived\n    previousClosed\n  }\n": types.DashboardCountFieldsFragmentDoc,
    "\n  fragment DashboardRatesFields on DashboardRates {\n    repliedOnTime {\n      ...ScorecardRateFields\n    }\n    resolution {\n      ...ScorecardRateFields\n    }\n    satisfaction {\n      ...ScorecardRateFields\n    }\n  }\n": types.DashboardRatesFieldsFragmentDoc,
    "\n  query Dashboard($period: ScorecardPeriodInput!, $filter: DashboardFilterInput) {\n    dashboard(period: $period, filter: $filter) {\n      from\n      to\n      previousFrom\n      previousTo\n      received\n      closed\n      previousReceived\n      previousClosed\n      open\n      overdue\n      rates {\n        ...DashboardRatesFields\n      }\n      previousRates {\n        ...DashboardRatesFields\n      }\n      series {\n        bucket\n        received\n        closed\n        repliedOnTime {\n          ...ScorecardRateFields\n        }\n        resolution {\n          ...ScorecardRateFields\n        }\n        satisfaction {\n          ...ScorecardRateFields\n        }\n      }\n      byKind {\n        ...DashboardCountFields\n      }\n      byCategory {\n        ...DashboardCountFields\n      }\n      byGrid {\n        ...DashboardCountFields\n      }\n      byDepartment {\n        departmentId\n        name\n        assigned\n        closed\n        overdue\n        overdueNow\n      }\n      overdueCases {\n        id\n        trackingNo\n        title\n        state\n        departmentName\n        dueAt\n      }\n      hotKeywords {\n        key\n        count\n        previous\n      }\n      hotCategories {\n        key\n        count\n        previous\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  fragment ServicePointFields on ServicePoint {\n    id\n    kind\n    name\n    gridId\n    gridPath\n    address\n    phone\n    openingHours\n    services\n    active\n    version\n  }\n": types.ServicePointFieldsFragmentDoc,
    "\n  query ServicePointsAdmin {\n    servicePointsAdmin {\n      ...ServicePointFields\n    }\n  }\n": types.ServicePointsAdminDocument,
    "\n  mutation CreateServicePoint($input: ServicePointInput!) {\n    createServicePoint(input: $input) {\n      ...ServicePointFields\n    }\n  }\n": types.CreateServicePointDocument,
    "\n  mutation UpdateServicePoint($id: ID!, $input: ServicePointInput!, $version: Int!) {\n    updateServicePoint(id: $id, input: $input, version: $version) {\n      ...ServicePointFields\n    }\n  }\n": types.UpdateServicePointDocument,
    "\n  mutation SetServicePointActive($id: ID!, $active: Boolean!) {\n    setServicePointActive(id: $id, active: $active) {\n      ...ServicePointFields\n    }\n  }\n": types.SetServicePointActiveDocument,
    "\n  query SupervisionBoard($filter: SupervisionFilter, $first: Int!, $after: String) {\n    supervisionBoard(filter: $filter, first: $first, after: $after) {\n      items {\n        id\n        kind\n        step\n        colour\n        reason\n        deadline\n        raisedAt\n        overdueWorkingDays\n        caseId\n        trackingNo\n        caseTitle\n        caseState\n        suggestionId\n        suggestion\n        departmentId\n        departmentName\n        gridId\n        gridName\n      }\n      nextCursor\n    }\n  }\n": types.SupervisionBoardDocument,
    "\n  query SupervisionCounts($filter: SupervisionFilter) {\n    supervisionCounts(filter: $filter) {\n      departmentId\n      departmentName\n      total\n      red\n      yellow\n      inaction\n      slowAction\n      wrongAction\n      complaint\n    }\n  }\n": types.SupervisionCountsDocument,
    "\n  fragment CaseSupervisionFields on CaseSupervision {\n    id\n    caseId\n    trackingNo\n    caseTitle\n    departmentId\n    departmentName\n    level\n    note\n    dueDate\n    issuedAt\n    issuedByName\n    acknowledgedAt\n    acknowledgedByName\n    acknowledgeNote\n  }\n": types.CaseSupervisionFieldsFragmentDoc,
    "\n  query CaseSupervisions($caseId: ID!) {\n    caseSupervisions(caseId: $caseId) {\n      ...CaseSupervisionFields\n    }\n  }\n": types.CaseSupervisionsDocument,
    "\n  query PendingSupervisions($first: Int!, $after: String) {\n    pendingSupervisions(first: $first, after: $after) {\n      items {\n        ...CaseSupervisionFields\n      }\n      nextCursor\n    }\n  }\n": types.PendingSupervisionsDocument,
    "\n  mutation SuperviseCase($id: ID!, $version: Int!, $input: SuperviseCaseInput!) {\n    superviseCase(id: $id, version: $version, input: $input) {\n      ...CaseFields\n    }\n  }\n": types.SuperviseCaseDocument,
    "\n  mutation UrgeCase($id: ID!, $version: Int!, $note: String!) {\n    urgeCase(id: $id, version: $version, note: $note) {\n      ...CaseFields\n    }\n  }\n": types.UrgeCaseDocument,
    "\n  mutation AcknowledgeSupervision($id: ID!, $version: Int!, $note: String) {\n    acknowledgeSupervision(id: $id, version: $version, note: $note) {\n      ...CaseFields\n    }\n  }\n": types.AcknowledgeSupervisionDocument,
    "\n  subscription SupervisionBoardChanged {\n    supervisionBoardChanged {\n      raised\n    }\n  }\n": types.SupervisionBoardChangedDocument,
    "\n  fragment UserFields on User {\n    id\n    username\n    displayName\n    mobile\n    email\n    roles\n    active\n    departmentId\n    departmentName\n    gridId\n    enterpriseId\n    createdAt\n  }\n": types.UserFieldsFragmentDoc,
    "\n  query Users($first: Int!, $after: String, $keyword: String) {\n    users(first: $first, after: $after, keyword: $keyword) {\n      items {\n        ...UserFields\n      }\n      nextCursor\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: NewUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserFields\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation ResetUserPassword($input: ResetPasswordInput!) {\n    resetUserPassword(input: $input) {\n      ...UserFields\n    }\n  }\n": types.ResetUserPasswordDocument,
    "\n  mutation SetUserActive($userId: ID!, $active: Boolean!) {\n    setUserActive(userId: $userId, active: $active) {\n      ...UserFields\n    }\n  }\n": types.SetUserActiveDocument,
    "\n  query OfficeWorkbenchCounts {\n    officeWorkbenchCounts {\n      toAccept\n      toAssign\n      toReview\n      disputes\n      extensionRequests\n      returnRequests\n      overdue\n    }\n  }\n": types.OfficeWorkbenchCountsDocument,
    "\n  query DepartmentWorkbenchCounts {\n    departmentWorkbenchCounts {\n      TO_SIGN\n      IN_PROGRESS\n      AWAITING_LEADER\n      SENT_BACK\n      CO_HANDLING\n      OVERDUE\n    }\n  }\n": types.DepartmentWorkbenchCountsDocument,
    "\n  query DepartmentWorkbench($queue: DepartmentQueue!, $first: Int!, $after: String) {\n    departmentWorkbench(queue: $queue, first: $first, after: $after) {\n      items {\n        case {\n          id\n          trackingNo\n          title\n          kind\n          enterpriseName\n        }\n        assignment {\n          id\n          role\n          state\n          paused\n        }\n        deadline {\n          dueAt\n          state\n          workingDays\n        }\n      }\n      nextCursor\n    }\n  }\n": types.DepartmentWorkbenchDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountabilityRecordFields on AccountabilityRecord {\n    id\n    subjectKind\n    department {\n      id\n      name\n    }\n    officialName\n    officialPost\n    type\n    reason\n    cases {\n      id\n      trackingNo\n      title\n      enterpriseName\n    }\n    decidedOn\n    decidedBy\n    publishedNotices\n    version\n  }\n"): typeof import('./graphql').AccountabilityRecordFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublicNoticeItemFields on PublicNoticeItem {\n    type\n    subjectKind\n    departmentName\n    officialName\n    officialPost\n    decidedOn\n  }\n"): typeof import('./graphql').PublicNoticeItemFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountabilityRecords($filter: AccountabilityRecordFilter, $first: Int, $after: String) {\n    accountabilityRecords(filter: $filter, first: $first, after: $after) {\n      items {\n        ...AccountabilityRecordFields\n      }\n      nextCursor\n    }\n  }\n"): typeof import('./graphql').AccountabilityRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccountabilityRecord($input: AccountabilityRecordInput!) {\n    createAccountabilityRecord(input: $input) {\n      ...AccountabilityRecordFields\n    }\n  }\n"): typeof import('./graphql').CreateAccountabilityRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAccountabilityRecord($id: ID!, $input: AccountabilityRecordInput!, $version: Int!) {\n    updateAccountabilityRecord(id: $id, input: $input, version: $version) {\n      ...AccountabilityRecordFields\n    }\n  }\n"): typeof import('./graphql').UpdateAccountabilityRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountabilityCandidates($from: DateTime!, $to: DateTime!) {\n    accountabilityCandidates(from: $from, to: $to) {\n      kind\n      department {\n        id\n        name\n      }\n      case {\n        id\n        trackingNo\n        title\n        enterpriseName\n      }\n      at\n      count\n    }\n  }\n"): typeof import('./graphql').AccountabilityCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountabilityFigures($from: String!, $to: String!, $period: FigurePeriod) {\n    accountabilityFigures(from: $from, to: $to, period: $period) {\n      period\n      periods\n      people\n      departments\n      rows {\n        period\n        type\n        people\n        departments\n      }\n    }\n  }\n"): typeof import('./graphql').AccountabilityFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicNoticeDraft($input: PublicNoticeInput!) {\n    publicNoticeDraft(input: $input) {\n      title\n      body\n      items {\n        ...PublicNoticeItemFields\n      }\n    }\n  }\n"): typeof import('./graphql').PublicNoticeDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPublicNotices($first: Int, $after: String) {\n    adminPublicNotices(first: $first, after: $after) {\n      items {\n        id\n        title\n        body\n        publishedAt\n        withdrawnAt\n        withdrawReason\n        recordIds\n        version\n        redaction {\n          names\n          posts\n          enterprises\n        }\n        items {\n          ...PublicNoticeItemFields\n        }\n      }\n      nextCursor\n    }\n  }\n"): typeof import('./graphql').AdminPublicNoticesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishPublicNotice($input: PublicNoticeInput!) {\n    publishPublicNotice(input: $input) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').PublishPublicNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawPublicNotice($id: ID!, $version: Int!, $reason: String!) {\n    withdrawPublicNotice(id: $id, version: $version, reason: $reason) {\n      id\n      withdrawnAt\n      version\n    }\n  }\n"): typeof import('./graphql').WithdrawPublicNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($first: Int!, $after: String, $filter: AuditLogFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      items {\n        id\n        occurredAt\n        actorName\n        action\n        targetType\n        targetId\n        ip\n        details\n      }\n      nextCursor\n    }\n  }\n"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyAuditChain {\n    verifyAuditChain {\n      intact\n      checked\n      firstBrokenId\n    }\n  }\n"): typeof import('./graphql').VerifyAuditChainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    id\n    username\n    displayName\n    mobile\n    roles\n    mustChangePassword\n    organisationName\n  }\n"): typeof import('./graphql').ViewerFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NewCaptcha {\n    newCaptcha {\n      id\n      image\n    }\n  }\n"): typeof import('./graphql').NewCaptchaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HolidayYearFields on HolidayYear {\n    year\n    off {\n      name\n      from\n      to\n    }\n    work\n    version\n    updatedAt\n  }\n"): typeof import('./graphql').HolidayYearFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HolidayYears {\n    holidayYears {\n      ...HolidayYearFields\n    }\n  }\n"): typeof import('./graphql').HolidayYearsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarStatus {\n    calendarStatus {\n      currentYear\n      nextYear\n      missingYears\n    }\n  }\n"): typeof import('./graphql').CalendarStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveHolidayYear($year: Int!, $input: HolidayYearInput!, $version: Int) {\n    saveHolidayYear(year: $year, input: $input, version: $version) {\n      ...HolidayYearFields\n    }\n  }\n"): typeof import('./graphql').SaveHolidayYearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignmentSuggestions($caseId: ID!) {\n    assignmentSuggestions(caseId: $caseId) {\n      leads {\n        ...DepartmentSuggestionFields\n      }\n      co {\n        ...DepartmentSuggestionFields\n      }\n    }\n  }\n"): typeof import('./graphql').AssignmentSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DepartmentSuggestionFields on DepartmentSuggestion {\n    score\n    department {\n      id\n      name\n      shortName\n      active\n    }\n    reasons {\n      source\n      matterId\n      matterName\n      words\n      caseCount\n    }\n  }\n"): typeof import('./graphql').DepartmentSuggestionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignCase($id: ID!, $version: Int!, $input: AssignCaseInput!) {\n    assignCase(id: $id, version: $version, input: $input) {\n      ...CaseFields\n    }\n  }\n"): typeof import('./graphql').AssignCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignCase($id: ID!, $version: Int!) {\n    signCase(id: $id, version: $version) {\n      ...CaseFields\n    }\n  }\n"): typeof import('./graphql').SignCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordFirstContact($id: ID!, $version: Int!, $input: FirstContactInput!) {\n    recordFirstContact(id: $id, version: $version, input: $input) {\n      ...CaseFields\n    }\n  }\n"): typeof import('./graphql').RecordFirstContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCaseProgress($id: ID!, $version: Int!, $input: ProgressInput!) {\n    recordCaseProgress(id: $id, version: $version, input: $input) {\n      ...CaseFields\n    }\n  }\n"): typeof import('./graphql').RecordCaseProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCaseOpinion($id: ID!, $version: Int!, $opinion: String!) {\n    submitCaseOpinion(id: $id, version: $version, opinion: $opinion) {\n      ...CaseFields\n    }\n  }\n"): typeof import('./graphql').SubmitCaseOpinionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftCaseReply($id: ID!, $version: Int!, $input: DraftReplyInput!) {\n    draftCaseReply(id: $id, version: $version, input: $input) {\n      ...CaseFields\n    }\n  }\n"): typeof import('./graphql').DraftCaseReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCaseReply($id: ID!, $version: Int!) {\n    submitCaseReply(id: $id, version: $version) {\n      ...CaseFields\n    }\n  }\n"): typeof import('./graphql').SubmitCaseReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestCaseExtension($id: ID!, $version: Int!, $input: ExtensionRequestInput!) {\n    requestCaseExtension(id: $id, version: $version, input: $input) {\n      ...CaseFields\n    }\n  }\n"): typeof import('./graphql').RequestCaseExtensionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestCaseReturn($id: ID!, $version: Int!, $reason: String!) {\n    requestCaseReturn(id: $id, version: $version, reason: $reason) {\n      ...CaseFields\n    }\n  }\n"): typeof import('./graphql').RequestCaseReturnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveCaseReply($id: ID!, $version: Int!, $note: String) {\n    approveCaseReply(id: $id, version: $version, note: $note) {\n      ...CaseFields\n    }\n  }\n"): typeof import('./graphql').ApproveCaseReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendCaseBack($id: ID!, $version: Int!, $reason: String!) {\n    sendCaseBack(id: $id, version: $version, reason: $reason) {\n      ...CaseFields\n    }\n  }\n"): typeof import('./graphql').SendCaseBackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideCaseExtension($id: ID!, $version: Int!, $approve: Boolean!, $reason: String!) {\n    decideCaseExtension(id: $id, version: $version, approve: $approve, reason: $reason) {\n      ...CaseFields\n    }\n  }\n"): typeof import('./graphql').DecideCaseExtensionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideCaseReturn($id: ID!, $version: Int!, $approve: Boolean!, $reason: String!) {\n    decideCaseReturn(id: $id, version: $version, approve: $approve, reason: $reason) {\n      ...CaseFields\n    }\n  }\n"): typeof import('./graphql').DecideCaseReturnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenCase($id: ID!, $version: Int!, $input: ReopenCaseInput!) {\n    reopenCase(id: $id, version: $version, input: $input) {\n      ...CaseFields\n    }\n  }\n"): typeof import('./graphql').ReopenCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseDisputedCase($id: ID!, $version: Int!, $explanation: String!) {\n    closeDisputedCase(id: $id, version: $version, explanation: $explanation) {\n      ...CaseFields\n    }\n  }\n"): typeof import('./graphql').CloseDisputedCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealCaseContact($id: ID!) {\n    revealCaseContact(id: $id) {\n      ...CaseContactFields\n    }\n  }\n"): typeof import('./graphql').RevealCaseContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseRowFields on Case {\n    id\n    trackingNo\n    kind\n    category\n    channel\n    title\n    state\n    priority\n    complexity\n    officeNote\n    enterpriseId\n    enterpriseName\n    gridPath\n    leadDepartmentName\n    submittedAt\n    deadline {\n      dueAt\n      state\n      workingDays\n    }\n    version\n  }\n"): typeof import('./graphql').CaseRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseAttachmentFields on Attachment {\n    id\n    fileName\n    mimeType\n    size\n    thumbnail\n  }\n"): typeof import('./graphql').CaseAttachmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseContactFields on CaseContact {\n    name\n    phone\n    masked\n  }\n"): typeof import('./graphql').CaseContactFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseAssignmentFields on CaseAssignment {\n    id\n    departmentId\n    departmentName\n    role\n    state\n    assignedAt\n    signDeadline\n    replyDeadline\n    originalReplyDeadline\n    signedAt\n    firstContactedAt\n    repliedAt\n    paused\n    note\n    opinion\n    draftResult\n    draftText\n    draftInternalNote\n    pendingRequest\n    requestReason\n    requestDays\n    sentBackAt\n    version\n  }\n"): typeof import('./graphql').CaseAssignmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseFields on Case {\n    ...CaseRowFields\n    queryCode\n    content\n    misconductType\n    contactConsent\n    namedDepartmentId\n    namedDepartmentName\n    submitterName\n    acceptedAt\n    repliedAt\n    closedAt\n    duplicateOf {\n      id\n      trackingNo\n    }\n    replyResult\n    replyText\n    reopenCount\n    availableActions\n    contact {\n      ...CaseContactFields\n    }\n    assignments {\n      ...CaseAssignmentFields\n    }\n    attachments {\n      ...CaseAttachmentFields\n    }\n    timeline {\n      id\n      occurredAt\n      action\n      fromState\n      toState\n      actorRole\n      actorName\n      publicNote\n      internalNote\n      attachments {\n        ...CaseAttachmentFields\n      }\n    }\n  }\n"): typeof import('./graphql').CaseFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cases($page: CasePageArgs, $withTotal: Boolean!) {\n    cases(page: $page) {\n      items {\n        ...CaseRowFields\n      }\n      nextCursor\n      totalCount @include(if: $withTotal)\n      totalCountCapped @include(if: $withTotal)\n    }\n  }\n"): typeof import('./graphql').CasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseFields\n    }\n  }\n"): typeof import('./graphql').CaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptCase($id: ID!, $version: Int!, $input: AcceptCaseInput!) {\n    acceptCase(id: $id, version: $version, input: $input) {\n      ...CaseFields\n    }\n  }\n"): typeof import('./graphql').AcceptCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectCase($id: ID!, $version: Int!, $reason: String!) {\n    rejectCase(id: $id, version: $version, reason: $reason) {\n      ...CaseFields\n    }\n  }\n"): typeof import('./graphql').RejectCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestCaseInfo($id: ID!, $version: Int!, $request: String!) {\n    requestCaseInfo(id: $id, version: $version, request: $request) {\n      ...CaseFields\n    }\n  }\n"): typeof import('./graphql').RequestCaseInfoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkCaseDuplicate($id: ID!, $version: Int!, $originalTrackingNo: String!, $note: String) {\n    markCaseDuplicate(id: $id, version: $version, originalTrackingNo: $originalTrackingNo, note: $note) {\n      ...CaseFields\n    }\n  }\n"): typeof import('./graphql').MarkCaseDuplicateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyCaseDirectly($id: ID!, $version: Int!, $input: DirectReplyInput!) {\n    replyCaseDirectly(id: $id, version: $version, input: $input) {\n      ...CaseFields\n    }\n  }\n"): typeof import('./graphql').ReplyCaseDirectlyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterCase($input: OfficeCaseInput!) {\n    enterCase(input: $input) {\n      id\n      trackingNo\n    }\n  }\n"): typeof import('./graphql').EnterCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadAttachment($input: UploadAttachmentInput!) {\n    uploadAttachment(input: $input) {\n      ...CaseAttachmentFields\n    }\n  }\n"): typeof import('./graphql').UploadAttachmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseCaseCounts($enterpriseId: ID!) {\n    enterpriseCaseCounts(enterpriseId: $enterpriseId) {\n      state\n      count\n    }\n  }\n"): typeof import('./graphql').EnterpriseCaseCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConditionDashboard($month: String!, $gridId: ID) {\n    conditionDashboard(month: $month, gridId: $gridId) {\n      month\n      dueDate\n      pastDue\n      enterprises\n      reported\n      missing\n      worsened\n      employees\n      outputValue\n      revenue\n      byGrid {\n        key\n        label\n        status\n        count\n      }\n      byIndustry {\n        key\n        label\n        status\n        count\n      }\n      trend {\n        month\n        reports\n        employees\n        outputValue\n        revenue\n      }\n      coverage {\n        gridId\n        gridName\n        enterprises\n        visited\n        visits\n        reported\n      }\n    }\n  }\n"): typeof import('./graphql').ConditionDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConditionEnterprises($filter: ConditionEnterpriseFilter!, $first: Int, $after: String) {\n    conditionEnterprises(filter: $filter, first: $first, after: $after) {\n      items {\n        id\n        name\n        gridName\n        industry\n        status\n        previousStatus\n        latestStatus\n        latestMonth\n        reported\n        visitedOn\n      }\n      nextCursor\n    }\n  }\n"): typeof import('./graphql').ConditionEnterprisesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseConditionReports($enterpriseId: ID!, $months: Int) {\n    enterpriseConditionReports(enterpriseId: $enterpriseId, months: $months) {\n      id\n      month\n      operatingStatus\n      employees\n      outputValue\n      revenue\n      capacityUse\n      orderTrend\n      difficulties\n      submittedAt\n      submittedByName\n      visitId\n      revisions\n      cases {\n        id\n        trackingNo\n        title\n        state\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseConditionReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseConditionVisits($enterpriseId: ID!) {\n    enterpriseConditionVisits(enterpriseId: $enterpriseId) {\n      id\n      visitedOn\n      findings\n      visitorName\n      reportId\n      photos {\n        id\n        fileName\n        thumbnail\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseConditionVisitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DepartmentFields on Department {\n    id\n    name\n    shortName\n    kind\n    contactPhone\n    active\n    version\n  }\n"): typeof import('./graphql').DepartmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Departments($includeInactive: Boolean!) {\n    departments(includeInactive: $includeInactive) {\n      ...DepartmentFields\n    }\n  }\n"): typeof import('./graphql').DepartmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDepartment($input: DepartmentInput!) {\n    createDepartment(input: $input) {\n      ...DepartmentFields\n    }\n  }\n"): typeof import('./graphql').CreateDepartmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDepartment($id: ID!, $input: DepartmentInput!, $version: Int!) {\n    updateDepartment(id: $id, input: $input, version: $version) {\n      ...DepartmentFields\n    }\n  }\n"): typeof import('./graphql').UpdateDepartmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDepartmentActive($id: ID!, $active: Boolean!) {\n    setDepartmentActive(id: $id, active: $active) {\n      ...DepartmentFields\n    }\n  }\n"): typeof import('./graphql').SetDepartmentActiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DispatchMatterFields on DispatchMatter {\n    id\n    category\n    name\n    description\n    keywords\n    lead {\n      id\n      name\n      shortName\n      active\n    }\n    co {\n      id\n      name\n      shortName\n      active\n    }\n    version\n    updatedAt\n  }\n"): typeof import('./graphql').DispatchMatterFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TimeLimitsFields on TimeLimits {\n    category\n    priority\n    sign\n    firstContact\n    reply\n    replyComplex\n    review\n    custom\n    version\n  }\n"): typeof import('./graphql').TimeLimitsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DispatchMatters($category: String) {\n    dispatchMatters(category: $category) {\n      ...DispatchMatterFields\n    }\n  }\n"): typeof import('./graphql').DispatchMattersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDispatchMatter($input: DispatchMatterInput!) {\n    createDispatchMatter(input: $input) {\n      ...DispatchMatterFields\n    }\n  }\n"): typeof import('./graphql').CreateDispatchMatterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDispatchMatter($id: ID!, $input: DispatchMatterInput!, $version: Int!) {\n    updateDispatchMatter(id: $id, input: $input, version: $version) {\n      ...DispatchMatterFields\n    }\n  }\n"): typeof import('./graphql').UpdateDispatchMatterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveDispatchMatter($id: ID!, $version: Int!) {\n    removeDispatchMatter(id: $id, version: $version)\n  }\n"): typeof import('./graphql').RemoveDispatchMatterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestionShare($from: DateTime!, $to: DateTime!) {\n    assignmentSuggestionShare(from: $from, to: $to) {\n      assignments\n      suggested\n      tookFirst\n      share\n    }\n  }\n"): typeof import('./graphql').SuggestionShareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TimeLimits {\n    timeLimits {\n      ...TimeLimitsFields\n    }\n  }\n"): typeof import('./graphql').TimeLimitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveTimeLimits($key: TimeLimitsKey!, $input: TimeLimitsInput!, $version: Int!) {\n    saveTimeLimits(key: $key, input: $input, version: $version) {\n      ...TimeLimitsFields\n    }\n  }\n"): typeof import('./graphql').SaveTimeLimitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetTimeLimits($key: TimeLimitsKey!, $version: Int!) {\n    resetTimeLimits(key: $key, version: $version) {\n      ...TimeLimitsFields\n    }\n  }\n"): typeof import('./graphql').ResetTimeLimitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EnterpriseFields on Enterprise {\n    id\n    name\n    creditCode\n    legalRepresentative\n    industry\n    scale\n    status\n    address\n    gridId\n    gridPath\n    contactName\n    contactPhone\n    createdAt\n    updatedAt\n    version\n  }\n"): typeof import('./graphql').EnterpriseFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Enterprises($page: EnterprisePageArgs) {\n    enterprises(page: $page) {\n      items {\n        ...EnterpriseFields\n      }\n      nextCursor\n    }\n  }\n"): typeof import('./graphql').EnterprisesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Enterprise($id: ID!) {\n    enterprise(id: $id) {\n      ...EnterpriseFields\n    }\n  }\n"): typeof import('./graphql').EnterpriseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseAccounts($enterpriseId: ID!) {\n    enterpriseAccounts(enterpriseId: $enterpriseId) {\n      id\n      displayName\n      username\n      mobile\n      manager\n      active\n    }\n  }\n"): typeof import('./graphql').EnterpriseAccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseHistory($enterpriseId: ID!) {\n    enterpriseHistory(enterpriseId: $enterpriseId) {\n      id\n      occurredAt\n      actorName\n      action\n      details\n    }\n  }\n"): typeof import('./graphql').EnterpriseHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEnterprise($input: EnterpriseInput!) {\n    createEnterprise(input: $input) {\n      ...EnterpriseFields\n    }\n  }\n"): typeof import('./graphql').CreateEnterpriseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEnterprise($id: ID!, $input: EnterpriseInput!, $version: Int!) {\n    updateEnterprise(id: $id, input: $input, version: $version) {\n      ...EnterpriseFields\n    }\n  }\n"): typeof import('./graphql').UpdateEnterpriseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EnterpriseClaimFields on EnterpriseClaim {\n    id\n    status\n    enterpriseId\n    enterpriseName\n    creditCode\n    applicantName\n    applicantMobile\n    createdAt\n    decidedAt\n    rejectionReason\n  }\n"): typeof import('./graphql').EnterpriseClaimFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseClaims($status: EnterpriseClaimStatus) {\n    enterpriseClaims(status: $status) {\n      ...EnterpriseClaimFields\n    }\n  }\n"): typeof import('./graphql').EnterpriseClaimsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveEnterpriseClaim($id: ID!) {\n    approveEnterpriseClaim(id: $id) {\n      ...EnterpriseClaimFields\n    }\n  }\n"): typeof import('./graphql').ApproveEnterpriseClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectEnterpriseClaim($id: ID!, $reason: String!) {\n    rejectEnterpriseClaim(id: $id, reason: $reason) {\n      ...EnterpriseClaimFields\n    }\n  }\n"): typeof import('./graphql').RejectEnterpriseClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseImportTemplate {\n    enterpriseImportTemplate\n  }\n"): typeof import('./graphql').EnterpriseImportTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportEnterprises($file: String!) {\n    importEnterprises(file: $file) {\n      imported\n      failed {\n        row\n        reasons\n      }\n    }\n  }\n"): typeof import('./graphql').ImportEnterprisesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExportFileFields on ExportFile {\n    id\n    kind\n    status\n    fileName\n    rows\n    createdAt\n    finishedAt\n    error\n    downloadUrl\n  }\n"): typeof import('./graphql').ExportFileFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestCaseExport($filter: CaseFilter) {\n    requestCaseExport(filter: $filter) {\n      ...ExportFileFields\n    }\n  }\n"): typeof import('./graphql').RequestCaseExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestEnterpriseExport($filter: EnterpriseFilter) {\n    requestEnterpriseExport(filter: $filter) {\n      ...ExportFileFields\n    }\n  }\n"): typeof import('./graphql').RequestEnterpriseExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestAuditExport($filter: AuditLogFilter) {\n    requestAuditExport(filter: $filter) {\n      ...ExportFileFields\n    }\n  }\n"): typeof import('./graphql').RequestAuditExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestConditionExport($month: String!) {\n    requestConditionExport(month: $month) {\n      ...ExportFileFields\n    }\n  }\n"): typeof import('./graphql').RequestConditionExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestMonthlyReportExport($month: String!) {\n    requestMonthlyReportExport(month: $month) {\n      ...ExportFileFields\n    }\n  }\n"): typeof import('./graphql').RequestMonthlyReportExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyExports {\n    myExports {\n      ...ExportFileFields\n    }\n  }\n"): typeof import('./graphql').MyExportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridOptions($includeInactive: Boolean!) {\n    grids(includeInactive: $includeInactive) {\n      id\n      name\n      code\n      level\n      parentId\n      active\n    }\n  }\n"): typeof import('./graphql').GridOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GridFields on Grid {\n    id\n    name\n    code\n    level\n    parentId\n    path\n    active\n    enterpriseCount\n    heads {\n      id\n      displayName\n      mobile\n    }\n    version\n  }\n"): typeof import('./graphql').GridFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Grids {\n    grids(includeInactive: true) {\n      ...GridFields\n    }\n  }\n"): typeof import('./graphql').GridsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGrid($input: GridInput!) {\n    createGrid(input: $input) {\n      ...GridFields\n    }\n  }\n"): typeof import('./graphql').CreateGridDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameGrid($id: ID!, $name: String!, $code: String!, $version: Int!) {\n    renameGrid(id: $id, name: $name, code: $code, version: $version) {\n      ...GridFields\n    }\n  }\n"): typeof import('./graphql').RenameGridDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveGrid($id: ID!, $parentId: ID!, $version: Int!) {\n    moveGrid(id: $id, parentId: $parentId, version: $version) {\n      ...GridFields\n    }\n  }\n"): typeof import('./graphql').MoveGridDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetGridActive($id: ID!, $active: Boolean!) {\n    setGridActive(id: $id, active: $active) {\n      ...GridFields\n    }\n  }\n"): typeof import('./graphql').SetGridActiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveGrid($id: ID!) {\n    removeGrid(id: $id)\n  }\n"): typeof import('./graphql').RemoveGridDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InspectionTeamFields on InspectionTeam {\n    id\n    name\n    leader {\n      id\n      displayName\n    }\n    members {\n      id\n      displayName\n    }\n    version\n  }\n"): typeof import('./graphql').InspectionTeamFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InspectionTaskFields on InspectionTask {\n    id\n    title\n    focus\n    team {\n      id\n      name\n    }\n    grid {\n      id\n      name\n    }\n    department {\n      id\n      name\n    }\n    startsOn\n    endsOn\n    records\n    version\n  }\n"): typeof import('./graphql').InspectionTaskFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RectificationFields on Rectification {\n    id\n    findingId\n    findingDescription\n    department {\n      id\n      name\n    }\n    suggestion\n    issuedAt\n    deadline\n    state\n    warning\n    report\n    evidence\n    reportedAt\n    returnReason\n    version\n  }\n"): typeof import('./graphql').RectificationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InspectionRecordFindingFields on InspectionFinding {\n    id\n    category\n    department {\n      id\n      name\n    }\n    description\n    outcome\n    solution\n    caseTrackingNo\n    rectification {\n      id\n      state\n      deadline\n    }\n    version\n  }\n"): typeof import('./graphql').InspectionRecordFindingFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InspectionRecordFields on InspectionRecord {\n    id\n    taskId\n    inspector {\n      id\n      displayName\n    }\n    inspectedOn\n    place\n    checked\n    photos {\n      id\n      fileName\n      thumbnail\n    }\n    findings {\n      ...InspectionRecordFindingFields\n    }\n  }\n"): typeof import('./graphql').InspectionRecordFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InspectionFigureFields on InspectionFigureRow {\n    teamId\n    teamName\n    dispatched\n    inspectors\n    found\n    solved\n    suggested\n    onTime\n    overdue\n  }\n"): typeof import('./graphql').InspectionFigureFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionTeams {\n    inspectionTeams {\n      ...InspectionTeamFields\n    }\n  }\n"): typeof import('./graphql').InspectionTeamsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionInspectors {\n    inspectionInspectors {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').InspectionInspectorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInspectionTeam($input: InspectionTeamInput!) {\n    createInspectionTeam(input: $input) {\n      ...InspectionTeamFields\n    }\n  }\n"): typeof import('./graphql').CreateInspectionTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInspectionTeam($id: ID!, $input: InspectionTeamInput!, $version: Int!) {\n    updateInspectionTeam(id: $id, input: $input, version: $version) {\n      ...InspectionTeamFields\n    }\n  }\n"): typeof import('./graphql').UpdateInspectionTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionTasks($first: Int!, $after: String) {\n    inspectionTasks(first: $first, after: $after) {\n      items {\n        ...InspectionTaskFields\n      }\n      nextCursor\n    }\n  }\n"): typeof import('./graphql').InspectionTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInspectionTask($input: InspectionTaskInput!) {\n    createInspectionTask(input: $input) {\n      ...InspectionTaskFields\n    }\n  }\n"): typeof import('./graphql').CreateInspectionTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionRecords($taskId: ID!, $first: Int!, $after: String) {\n    inspectionRecords(taskId: $taskId, first: $first, after: $after) {\n      items {\n        ...InspectionRecordFields\n      }\n      nextCursor\n    }\n  }\n"): typeof import('./graphql').InspectionRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInspectionRecord($input: InspectionRecordInput!) {\n    createInspectionRecord(input: $input) {\n      ...InspectionRecordFields\n    }\n  }\n"): typeof import('./graphql').CreateInspectionRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadInspectionPhoto($input: UploadAttachmentInput!) {\n    uploadInspectionPhoto(input: $input) {\n      id\n      fileName\n      thumbnail\n    }\n  }\n"): typeof import('./graphql').UploadInspectionPhotoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionFindingEnterprises($findingId: ID!, $keyword: String, $first: Int!, $after: String) {\n    inspectionFindingEnterprises(findingId: $findingId, keyword: $keyword, first: $first, after: $after) {\n      items {\n        id\n        name\n        creditCode\n        gridName\n      }\n      nextCursor\n    }\n  }\n"): typeof import('./graphql').InspectionFindingEnterprisesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SolveFindingOnSpot($id: ID!, $version: Int!, $solution: String!) {\n    solveFindingOnSpot(id: $id, version: $version, solution: $solution) {\n      ...InspectionRecordFindingFields\n    }\n  }\n"): typeof import('./graphql').SolveFindingOnSpotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileFindingAsCase($id: ID!, $version: Int!, $input: FindingCaseInput!) {\n    fileFindingAsCase(id: $id, version: $version, input: $input) {\n      ...InspectionRecordFindingFields\n    }\n  }\n"): typeof import('./graphql').FileFindingAsCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuggestRectification($id: ID!, $version: Int!, $input: RectificationSuggestionInput!) {\n    suggestRectification(id: $id, version: $version, input: $input) {\n      ...InspectionRecordFindingFields\n    }\n  }\n"): typeof import('./graphql').SuggestRectificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Rectifications($state: RectificationState, $first: Int!, $after: String) {\n    rectifications(state: $state, first: $first, after: $after) {\n      items {\n        ...RectificationFields\n      }\n      nextCursor\n    }\n  }\n"): typeof import('./graphql').RectificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportRectification($id: ID!, $version: Int!, $input: RectificationReportInput!) {\n    reportRectification(id: $id, version: $version, input: $input) {\n      ...RectificationFields\n    }\n  }\n"): typeof import('./graphql').ReportRectificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptRectification($id: ID!, $version: Int!) {\n    acceptRectification(id: $id, version: $version) {\n      ...RectificationFields\n    }\n  }\n"): typeof import('./graphql').AcceptRectificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendBackRectification($id: ID!, $version: Int!, $reason: String!) {\n    sendBackRectification(id: $id, version: $version, reason: $reason) {\n      ...RectificationFields\n    }\n  }\n"): typeof import('./graphql').SendBackRectificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionFigures($period: InspectionPeriodInput!) {\n    inspectionFigures(period: $period) {\n      total {\n        ...InspectionFigureFields\n      }\n      teams {\n        ...InspectionFigureFields\n      }\n    }\n  }\n"): typeof import('./graphql').InspectionFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionFigureFindings(\n    $period: InspectionPeriodInput!\n    $figure: InspectionFigure!\n    $teamId: ID\n    $first: Int!\n    $after: String\n  ) {\n    inspectionFigureFindings(\n      period: $period\n      figure: $figure\n      teamId: $teamId\n      first: $first\n      after: $after\n    ) {\n      items {\n        id\n        inspectedOn\n        place\n        category\n        department {\n          id\n          name\n        }\n        description\n        outcome\n      }\n      nextCursor\n    }\n  }\n"): typeof import('./graphql').InspectionFigureFindingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JobQueueFields on JobQueue {\n    name\n    schedule\n    lastRunAt\n    nextRunAt\n    queued\n    active\n    failed\n    failures {\n      id\n      queue\n      error\n      attempts\n      failedAt\n    }\n  }\n"): typeof import('./graphql').JobQueueFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackgroundJobs {\n    backgroundJobs {\n      ...JobQueueFields\n    }\n  }\n"): typeof import('./graphql').BackgroundJobsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryJob($queue: String!, $id: ID!) {\n    retryJob(queue: $queue, id: $id) {\n      ...JobQueueFields\n    }\n  }\n"): typeof import('./graphql').RetryJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SentMessages($first: Int!, $after: String, $channel: MessageChannel) {\n    sentMessages(first: $first, after: $after, channel: $channel) {\n      items {\n        id\n        channel\n        recipient\n        subject\n        body\n        sentAt\n      }\n      nextCursor\n    }\n  }\n"): typeof import('./graphql').SentMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonthlyReport($month: String!) {\n    monthlyReport(month: $month) {\n      month\n      generatedAt\n      figures {\n        from\n        to\n        received\n        closed\n        previousReceived\n        previousClosed\n        open\n        overdue\n        rates {\n          repliedOnTime {\n            ...ScorecardRateFields\n          }\n          resolution {\n            ...ScorecardRateFields\n          }\n          satisfaction {\n            ...ScorecardRateFields\n          }\n        }\n        previousRates {\n          repliedOnTime {\n            ...ScorecardRateFields\n          }\n          resolution {\n            ...ScorecardRateFields\n          }\n          satisfaction {\n            ...ScorecardRateFields\n          }\n        }\n        byCategory {\n          key\n          received\n          closed\n          previousReceived\n        }\n        byGrid {\n          key\n          name\n          received\n          closed\n          previousReceived\n        }\n        hotKeywords {\n          key\n          count\n          previous\n        }\n      }\n      ranking {\n        rankedCount\n        weights {\n          minSample\n        }\n        rows {\n          departmentId\n          departmentName\n          current {\n            ...ScorecardFiguresFields\n          }\n          previous {\n            rank\n            score\n          }\n        }\n      }\n      typicalCases {\n        kind\n        id\n        trackingNo\n        title\n        category\n        enterpriseName\n        departmentName\n        state\n        count\n      }\n      notices {\n        id\n        title\n        body\n        publishedAt\n      }\n      accountability {\n        people\n        departments\n        rows {\n          type\n          people\n          departments\n        }\n      }\n      records {\n        id\n        subjectKind\n        department {\n          id\n          name\n        }\n        officialName\n        officialPost\n        type\n        reason\n        decidedOn\n        decidedBy\n      }\n    }\n  }\n"): typeof import('./graphql').MonthlyReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScorecardRateFields on ScorecardRate {\n    numerator\n    denominator\n    rate\n  }\n"): typeof import('./graphql').ScorecardRateFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScorecardFiguresFields on ScorecardFigures {\n    assigned\n    signedOnTime {\n      ...ScorecardRateFields\n    }\n    contactedOnTime {\n      ...ScorecardRateFields\n    }\n    repliedOnTime {\n      ...ScorecardRateFields\n    }\n    resolution {\n      ...ScorecardRateFields\n    }\n    satisfaction {\n      ...ScorecardRateFields\n    }\n    closed\n    returned\n    extended\n    reopened\n    sentBack\n    overdue\n    overdueSuggestions\n    score\n    ranked\n    rank\n  }\n"): typeof import('./graphql').ScorecardFiguresFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScorecardWeightsFields on ScorecardWeights {\n    signWeight\n    contactWeight\n    replyWeight\n    resolutionWeight\n    satisfactionWeight\n    minSample\n    version\n  }\n"): typeof import('./graphql').ScorecardWeightsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Scorecard($period: ScorecardPeriodInput!) {\n    scorecard(period: $period) {\n      from\n      to\n      previousFrom\n      previousTo\n      rankedCount\n      weights {\n        ...ScorecardWeightsFields\n      }\n      rows {\n        departmentId\n        departmentName\n        current {\n          ...ScorecardFiguresFields\n        }\n        previous {\n          ...ScorecardFiguresFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ScorecardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScorecardCases($period: ScorecardPeriodInput!, $drill: ScorecardDrillInput!, $after: String) {\n    scorecardCases(period: $period, drill: $drill, first: 20, after: $after) {\n      items {\n        caseId\n        trackingNo\n        title\n        state\n        day\n      }\n      nextCursor\n    }\n  }\n"): typeof import('./graphql').ScorecardCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScorecardPreview($period: ScorecardPeriodInput!, $weights: ScorecardWeightsInput!) {\n    scorecardPreview(period: $period, weights: $weights) {\n      departmentId\n      departmentName\n      score\n      rank\n      previewScore\n      previewRank\n    }\n  }\n"): typeof import('./graphql').ScorecardPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveScorecardWeights($weights: ScorecardWeightsInput!, $version: Int!) {\n    saveScorecardWeights(weights: $weights, version: $version) {\n      ...ScorecardWeightsFields\n    }\n  }\n"): typeof import('./graphql').SaveScorecardWeightsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardCountFields on DashboardCount {\n    key\n    name\n    received\n    closed\n    previousReceived\n    previousClosed\n  }\n"): typeof import('./graphql').DashboardCountFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardRatesFields on DashboardRates {\n    repliedOnTime {\n      ...ScorecardRateFields\n    }\n    resolution {\n      ...ScorecardRateFields\n    }\n    satisfaction {\n      ...ScorecardRateFields\n    }\n  }\n"): typeof import('./graphql').DashboardRatesFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($period: ScorecardPeriodInput!, $filter: DashboardFilterInput) {\n    dashboard(period: $period, filter: $filter) {\n      from\n      to\n      previousFrom\n      previousTo\n      received\n      closed\n      previousReceived\n      previousClosed\n      open\n      overdue\n      rates {\n        ...DashboardRatesFields\n      }\n      previousRates {\n        ...DashboardRatesFields\n      }\n      series {\n        bucket\n        received\n        closed\n        repliedOnTime {\n          ...ScorecardRateFields\n        }\n        resolution {\n          ...ScorecardRateFields\n        }\n        satisfaction {\n          ...ScorecardRateFields\n        }\n      }\n      byKind {\n        ...DashboardCountFields\n      }\n      byCategory {\n        ...DashboardCountFields\n      }\n      byGrid {\n        ...DashboardCountFields\n      }\n      byDepartment {\n        departmentId\n        name\n        assigned\n        closed\n        overdue\n        overdueNow\n      }\n      overdueCases {\n        id\n        trackingNo\n        title\n        state\n        departmentName\n        dueAt\n      }\n      hotKeywords {\n        key\n        count\n        previous\n      }\n      hotCategories {\n        key\n        count\n        previous\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServicePointFields on ServicePoint {\n    id\n    kind\n    name\n    gridId\n    gridPath\n    address\n    phone\n    openingHours\n    services\n    active\n    version\n  }\n"): typeof import('./graphql').ServicePointFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServicePointsAdmin {\n    servicePointsAdmin {\n      ...ServicePointFields\n    }\n  }\n"): typeof import('./graphql').ServicePointsAdminDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateServicePoint($input: ServicePointInput!) {\n    createServicePoint(input: $input) {\n      ...ServicePointFields\n    }\n  }\n"): typeof import('./graphql').CreateServicePointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateServicePoint($id: ID!, $input: ServicePointInput!, $version: Int!) {\n    updateServicePoint(id: $id, input: $input, version: $version) {\n      ...ServicePointFields\n    }\n  }\n"): typeof import('./graphql').UpdateServicePointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetServicePointActive($id: ID!, $active: Boolean!) {\n    setServicePointActive(id: $id, active: $active) {\n      ...ServicePointFields\n    }\n  }\n"): typeof import('./graphql').SetServicePointActiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionBoard($filter: SupervisionFilter, $first: Int!, $after: String) {\n    supervisionBoard(filter: $filter, first: $first, after: $after) {\n      items {\n        id\n        kind\n        step\n        colour\n        reason\n        deadline\n        raisedAt\n        overdueWorkingDays\n        caseId\n        trackingNo\n        caseTitle\n        caseState\n        suggestionId\n        suggestion\n        departmentId\n        departmentName\n        gridId\n        gridName\n      }\n      nextCursor\n    }\n  }\n"): typeof import('./graphql').SupervisionBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionCounts($filter: SupervisionFilter) {\n    supervisionCounts(filter: $filter) {\n      departmentId\n      departmentName\n      total\n      red\n      yellow\n      inaction\n      slowAction\n      wrongAction\n      complaint\n    }\n  }\n"): typeof import('./graphql').SupervisionCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseSupervisionFields on CaseSupervision {\n    id\n    caseId\n    trackingNo\n    caseTitle\n    departmentId\n    departmentName\n    level\n    note\n    dueDate\n    issuedAt\n    issuedByName\n    acknowledgedAt\n    acknowledgedByName\n    acknowledgeNote\n  }\n"): typeof import('./graphql').CaseSupervisionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseSupervisions($caseId: ID!) {\n    caseSupervisions(caseId: $caseId) {\n      ...CaseSupervisionFields\n    }\n  }\n"): typeof import('./graphql').CaseSupervisionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingSupervisions($first: Int!, $after: String) {\n    pendingSupervisions(first: $first, after: $after) {\n      items {\n        ...CaseSupervisionFields\n      }\n      nextCursor\n    }\n  }\n"): typeof import('./graphql').PendingSupervisionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuperviseCase($id: ID!, $version: Int!, $input: SuperviseCaseInput!) {\n    superviseCase(id: $id, version: $version, input: $input) {\n      ...CaseFields\n    }\n  }\n"): typeof import('./graphql').SuperviseCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UrgeCase($id: ID!, $version: Int!, $note: String!) {\n    urgeCase(id: $id, version: $version, note: $note) {\n      ...CaseFields\n    }\n  }\n"): typeof import('./graphql').UrgeCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeSupervision($id: ID!, $version: Int!, $note: String) {\n    acknowledgeSupervision(id: $id, version: $version, note: $note) {\n      ...CaseFields\n    }\n  }\n"): typeof import('./graphql').AcknowledgeSupervisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SupervisionBoardChanged {\n    supervisionBoardChanged {\n      raised\n    }\n  }\n"): typeof import('./graphql').SupervisionBoardChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on User {\n    id\n    username\n    displayName\n    mobile\n    email\n    roles\n    active\n    departmentId\n    departmentName\n    gridId\n    enterpriseId\n    createdAt\n  }\n"): typeof import('./graphql').UserFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($first: Int!, $after: String, $keyword: String) {\n    users(first: $first, after: $after, keyword: $keyword) {\n      items {\n        ...UserFields\n      }\n      nextCursor\n    }\n  }\n"): typeof import('./graphql').UsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: NewUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $input: UserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserFields\n    }\n  }\n"): typeof import('./graphql').UpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($input: ResetPasswordInput!) {\n    resetUserPassword(input: $input) {\n      ...UserFields\n    }\n  }\n"): typeof import('./graphql').ResetUserPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserActive($userId: ID!, $active: Boolean!) {\n    setUserActive(userId: $userId, active: $active) {\n      ...UserFields\n    }\n  }\n"): typeof import('./graphql').SetUserActiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeWorkbenchCounts {\n    officeWorkbenchCounts {\n      toAccept\n      toAssign\n      toReview\n      disputes\n      extensionRequests\n      returnRequests\n      overdue\n    }\n  }\n"): typeof import('./graphql').OfficeWorkbenchCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentWorkbenchCounts {\n    departmentWorkbenchCounts {\n      TO_SIGN\n      IN_PROGRESS\n      AWAITING_LEADER\n      SENT_BACK\n      CO_HANDLING\n      OVERDUE\n    }\n  }\n"): typeof import('./graphql').DepartmentWorkbenchCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentWorkbench($queue: DepartmentQueue!, $first: Int!, $after: String) {\n    departmentWorkbench(queue: $queue, first: $first, after: $after) {\n      items {\n        case {\n          id\n          trackingNo\n          title\n          kind\n          enterpriseName\n        }\n        assignment {\n          id\n          role\n          state\n          paused\n        }\n        deadline {\n          dueAt\n          state\n          workingDays\n        }\n      }\n      nextCursor\n    }\n  }\n"): typeof import('./graphql').DepartmentWorkbenchDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

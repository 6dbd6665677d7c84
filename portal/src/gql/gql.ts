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
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      mobile\n      roles\n      mustChangePassword\n      organisationName\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      id\n      username\n      displayName\n      mobile\n      roles\n      mustChangePassword\n      organisationName\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation NewCaptcha {\n    newCaptcha {\n      id\n      image\n    }\n  }\n": typeof types.NewCaptchaDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      id\n      username\n      displayName\n      mobile\n      roles\n      mustChangePassword\n      organisationName\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query MyCases($page: CasePageArgs, $withTotal: Boolean!) {\n    myCases(page: $page) {\n      items {\n        id\n        trackingNo\n        kind\n        category\n        channel\n        title\n        state\n        submittedAt\n        enterpriseName\n      }\n      nextCursor\n      totalCount @include(if: $withTotal)\n      totalCountCapped @include(if: $withTotal)\n    }\n  }\n": typeof types.MyCasesDocument,
    "\n  mutation SubmitCase($input: SubmitCaseInput!) {\n    submitCase(input: $input) {\n      id\n      trackingNo\n      queryCode\n    }\n  }\n": typeof types.SubmitCaseDocument,
    "\n  mutation UploadAttachment($input: UploadAttachmentInput!) {\n    uploadAttachment(input: $input) {\n      id\n      fileName\n      mimeType\n      size\n      thumbnail\n    }\n  }\n": typeof types.UploadAttachmentDocument,
    "\n  mutation SupplementCase($id: ID!, $version: Int!, $input: SupplementCaseInput!) {\n    supplementCase(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.SupplementCaseDocument,
    "\n  mutation WithdrawCase($id: ID!, $version: Int!, $reason: String) {\n    withdrawCase(id: $id, version: $version, reason: $reason) {\n      id\n      version\n    }\n  }\n": typeof types.WithdrawCaseDocument,
    "\n  mutation EvaluateCase($id: ID!, $version: Int!, $input: EvaluateCaseInput!) {\n    evaluateCase(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.EvaluateCaseDocument,
    "\n  query TrackCase($trackingNo: String!, $queryCode: String!) {\n    trackCase(trackingNo: $trackingNo, queryCode: $queryCode) {\n      trackingNo\n      kind\n      category\n      state\n      submittedAt\n      timeline {\n        occurredAt\n        action\n        toState\n      }\n    }\n  }\n": typeof types.TrackCaseDocument,
    "\n  fragment ConditionReportFields on ConditionReport {\n    id\n    month\n    operatingStatus\n    employees\n    outputValue\n    revenue\n    capacityUse\n    orderTrend\n    difficulties\n    submittedAt\n    submittedByName\n    revisions\n    version\n    cases {\n      id\n      trackingNo\n      title\n      state\n    }\n  }\n": typeof types.ConditionReportFieldsFragmentDoc,
    "\n  query ConditionReportForm($enterpriseId: ID, $month: String) {\n    conditionReportForm(enterpriseId: $enterpriseId, month: $month) {\n      enterpriseId\n      enterpriseName\n      month\n      dueDate\n      report {\n        ...ConditionReportFields\n      }\n      previous {\n        ...ConditionReportFields\n      }\n    }\n  }\n": typeof types.ConditionReportFormDocument,
    "\n  mutation SubmitConditionReport($input: ConditionReportInput!) {\n    submitConditionReport(input: $input) {\n      ...ConditionReportFields\n    }\n  }\n": typeof types.SubmitConditionReportDocument,
    "\n  mutation RaiseConditionDifficulty($reportId: ID!, $input: ConditionDifficultyInput!) {\n    raiseConditionDifficulty(reportId: $reportId, input: $input) {\n      id\n      trackingNo\n    }\n  }\n": typeof types.RaiseConditionDifficultyDocument,
    "\n  query GridConditionEnterprises($filter: ConditionEnterpriseFilter!, $first: Int, $after: String) {\n    gridConditionEnterprises(filter: $filter, first: $first, after: $after) {\n      items {\n        id\n        name\n        address\n        gridName\n        status\n        latestStatus\n        latestMonth\n        reported\n        visitedOn\n      }\n      nextCursor\n    }\n  }\n": typeof types.GridConditionEnterprisesDocument,
    "\n  query ConditionCoverage($month: String!) {\n    conditionCoverage(month: $month) {\n      enterprises\n      visited\n      visits\n      reported\n    }\n  }\n": typeof types.ConditionCoverageDocument,
    "\n  mutation RecordConditionVisit($input: ConditionVisitInput!) {\n    recordConditionVisit(input: $input) {\n      id\n      enterpriseId\n      enterpriseName\n      visitedOn\n      findings\n      reportId\n      photos {\n        id\n        fileName\n        thumbnail\n      }\n    }\n  }\n": typeof types.RecordConditionVisitDocument,
    "\n  mutation RegisterEnterpriseAccount($input: RegisterEnterpriseAccountInput!) {\n    registerEnterpriseAccount(input: $input) {\n      id\n      status\n      enterpriseName\n      creditCode\n      applicantName\n      applicantMobile\n      createdAt\n    }\n  }\n": typeof types.RegisterEnterpriseAccountDocument,
    "\n  query MyEnterpriseClaim {\n    myEnterpriseClaim {\n      id\n      status\n      enterpriseName\n      creditCode\n      rejectionReason\n      createdAt\n      decidedAt\n    }\n  }\n": typeof types.MyEnterpriseClaimDocument,
    "\n  query MyEnterprise {\n    myEnterprise {\n      id\n      name\n      creditCode\n      legalRepresentative\n      industry\n      scale\n      status\n      address\n      gridPath\n      contactName\n      contactPhone\n      updatedAt\n      version\n    }\n  }\n": typeof types.MyEnterpriseDocument,
    "\n  mutation UpdateMyEnterpriseContact($input: EnterpriseContactInput!, $version: Int!) {\n    updateMyEnterpriseContact(input: $input, version: $version) {\n      id\n      name\n      creditCode\n      legalRepresentative\n      industry\n      scale\n      status\n      address\n      gridPath\n      contactName\n      contactPhone\n      updatedAt\n      version\n    }\n  }\n": typeof types.UpdateMyEnterpriseContactDocument,
    "\n  query MyEnterpriseAccounts {\n    myEnterpriseAccounts {\n      id\n      username\n      displayName\n      mobile\n      manager\n      active\n    }\n  }\n": typeof types.MyEnterpriseAccountsDocument,
    "\n  mutation SetEnterpriseAccountActive($userId: ID!, $active: Boolean!) {\n    setEnterpriseAccountActive(userId: $userId, active: $active) {\n      id\n      username\n      displayName\n      mobile\n      manager\n      active\n    }\n  }\n": typeof types.SetEnterpriseAccountActiveDocument,
    "\n  query MyCase($id: ID!) {\n    myCase(id: $id) {\n      id\n      trackingNo\n      queryCode\n      kind\n      category\n      channel\n      title\n      content\n      state\n      version\n      submittedAt\n      acceptedAt\n      repliedAt\n      closedAt\n      enterpriseId\n      enterpriseName\n      submitterName\n      namedDepartmentName\n      misconductType\n      contactConsent\n      officeNote\n      replyResult\n      replyText\n      leadDepartmentName\n      assignments {\n        id\n        departmentId\n        departmentName\n        role\n      }\n      availableActions\n      evaluatedAt\n      evaluationSolved\n      evaluationSatisfaction\n      evaluationComment\n      duplicateOf {\n        id\n        trackingNo\n      }\n      promisedBy\n      attachments {\n        id\n        fileName\n        mimeType\n        size\n        thumbnail\n      }\n      timeline {\n        id\n        action\n        toState\n        occurredAt\n        publicNote\n        actorRole\n        actorName\n        attachments {\n          id\n          fileName\n          mimeType\n          size\n          thumbnail\n        }\n      }\n    }\n  }\n": typeof types.MyCaseDocument,
    "\n  query CaseDepartments {\n    caseDepartments {\n      id\n      name\n    }\n  }\n": typeof types.CaseDepartmentsDocument,
    "\n  query GridEnterprises($page: EnterprisePageArgs) {\n    gridEnterprises(page: $page) {\n      items {\n        id\n        name\n        creditCode\n        industry\n        scale\n        status\n        gridPath\n        contactName\n      }\n      nextCursor\n    }\n  }\n": typeof types.GridEnterprisesDocument,
    "\n  query GridEnterprise($id: ID!) {\n    gridEnterprise(id: $id) {\n      id\n      name\n      creditCode\n      legalRepresentative\n      industry\n      scale\n      status\n      address\n      gridId\n      gridPath\n      contactName\n      contactPhone\n      createdAt\n      updatedAt\n      version\n    }\n  }\n": typeof types.GridEnterpriseDocument,
    "\n  mutation UpdateGridEnterprise($id: ID!, $input: EnterpriseInput!, $version: Int!) {\n    updateGridEnterprise(id: $id, input: $input, version: $version) {\n      id\n      name\n      creditCode\n      legalRepresentative\n      industry\n      scale\n      status\n      address\n      gridId\n      gridPath\n      contactName\n      contactPhone\n      createdAt\n      updatedAt\n      version\n    }\n  }\n": typeof types.UpdateGridEnterpriseDocument,
    "\n  query PublicNotices($first: Int, $after: String) {\n    publicNotices(first: $first, after: $after) {\n      items {\n        id\n        title\n        publishedAt\n        items {\n          type\n        }\n      }\n      nextCursor\n    }\n  }\n": typeof types.PublicNoticesDocument,
    "\n  query PublicNotice($id: ID!) {\n    publicNotice(id: $id) {\n      id\n      title\n      body\n      publishedAt\n      items {\n        type\n        subjectKind\n        departmentName\n        officialName\n        officialPost\n        decidedOn\n      }\n    }\n  }\n": typeof types.PublicNoticeDocument,
    "\n  query PublicScorecard($period: ScorecardPeriodInput!) {\n    publicScorecard(period: $period) {\n      from\n      to\n      rankedCount\n      weights {\n        minSample\n      }\n      rows {\n        departmentId\n        departmentName\n        current {\n          assigned\n          signedOnTime {\n            numerator\n            denominator\n            rate\n          }\n          repliedOnTime {\n            numerator\n            denominator\n            rate\n          }\n          resolution {\n            numerator\n            denominator\n            rate\n          }\n          satisfaction {\n            numerator\n            denominator\n            rate\n          }\n          score\n          ranked\n          rank\n        }\n        previous {\n          rank\n        }\n      }\n    }\n  }\n": typeof types.PublicScorecardDocument,
    "\n  query ServicePoints($keyword: String) {\n    servicePoints(keyword: $keyword) {\n      id\n      kind\n      name\n      address\n      phone\n      openingHours\n      services\n      gridPath\n    }\n  }\n": typeof types.ServicePointsDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      mobile\n      roles\n      mustChangePassword\n      organisationName\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      id\n      username\n      displayName\n      mobile\n      roles\n      mustChangePassword\n      organisationName\n    }\n  }\n": types.LoginDocument,
    "\n  mutation NewCaptcha {\n    newCaptcha {\n      id\n      image\n    }\n  }\n": types.NewCaptchaDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      id\n      username\n      displayName\n      mobile\n      roles\n      mustChangePassword\n      organisationName\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  query MyCases($page: CasePageArgs, $withTotal: Boolean!) {\n    myCases(page: $page) {\n      items {\n        id\n        trackingNo\n        kind\n        category\n        channel\n        title\n        state\n        submittedAt\n        enterpriseName\n      }\n      nextCursor\n      totalCount @include(if: $withTotal)\n      totalCountCapped @include(if: $withTotal)\n    }\n  }\n": types.MyCasesDocument,
    "\n  mutation SubmitCase($input: SubmitCaseInput!) {\n    submitCase(input: $input) {\n      id\n      trackingNo\n      queryCode\n    }\n  }\n": types.SubmitCaseDocument,
    "\n  mutation UploadAttachment($input: UploadAttachmentInput!) {\n    uploadAttachment(input: $input) {\n      id\n      fileName\n      mimeType\n      size\n      thumbnail\n    }\n  }\n": types.UploadAttachmentDocument,
    "\n  mutation SupplementCase($id: ID!, $version: Int!, $input: SupplementCaseInput!) {\n    supplementCase(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n": types.SupplementCaseDocument,
    "\n  mutation WithdrawCase($id: ID!, $version: Int!, $reason: String) {\n    withdrawCase(id: $id, version: $version, reason: $reason) {\n      id\n      version\n    }\n  }\n": types.WithdrawCaseDocument,
    "\n  mutation EvaluateCase($id: ID!, $version: Int!, $input: EvaluateCaseInput!) {\n    evaluateCase(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n": types.EvaluateCaseDocument,
    "\n  query TrackCase($trackingNo: String!, $queryCode: String!) {\n    trackCase(trackingNo: $trackingNo, queryCode: $queryCode) {\n      trackingNo\n      kind\n      category\n      state\n      submittedAt\n      timeline {\n        occurredAt\n        action\n        toState\n      }\n    }\n  }\n": types.TrackCaseDocument,
    "\n  fragment ConditionReportFields on ConditionReport {\n    id\n    month\n    operatingStatus\n    employees\n    outputValue\n    revenue\n    capacityUse\n    orderTrend\n    difficulties\n    submittedAt\n    submittedByName\n    revisions\n    version\n    cases {\n      id\n      trackingNo\n      title\n      state\n    }\n  }\n": types.ConditionReportFieldsFragmentDoc,
    "\n  query ConditionReportForm($enterpriseId: ID, $month: String) {\n    conditionReportForm(enterpriseId: $enterpriseId, month: $month) {\n      enterpriseId\n      enterpriseName\n      month\n      dueDate\n      report {\n        ...ConditionReportFields\n      }\n      previous {\n        ...ConditionReportFields\n      }\n    }\n  }\n": types.ConditionReportFormDocument,
    "\n  mutation SubmitConditionReport($input: ConditionReportInput!) {\n    submitConditionReport(input: $input) {\n      ...ConditionReportFields\n    }\n  }\n": types.SubmitConditionReportDocument,
    "\n  mutation RaiseConditionDifficulty($reportId: ID!, $input: ConditionDifficultyInput!) {\n    raiseConditionDifficulty(reportId: $reportId, input: $input) {\n      id\n      trackingNo\n    }\n  }\n": types.RaiseConditionDifficultyDocument,
    "\n  query GridConditionEnterprises($filter: ConditionEnterpriseFilter!, $first: Int, $after: String) {\n    gridConditionEnterprises(filter: $filter, first: $first, after: $after) {\n      items {\n        id\n        name\n        address\n        gridName\n        status\n        latestStatus\n        latestMonth\n        reported\n        visitedOn\n      }\n      nextCursor\n    }\n  }\n": types.GridConditionEnterprisesDocument,
    "\n  query ConditionCoverage($month: String!) {\n    conditionCoverage(month: $month) {\n      enterprises\n      visited\n      visits\n      reported\n    }\n  }\n": types.ConditionCoverageDocument,
    "\n  mutation RecordConditionVisit($input: ConditionVisitInput!) {\n    recordConditionVisit(input: $input) {\n      id\n      enterpriseId\n      enterpriseName\n      visitedOn\n      findings\n      reportId\n      photos {\n        id\n        fileName\n        thumbnail\n      }\n    }\n  }\n": types.RecordConditionVisitDocument,
    "\n  mutation RegisterEnterpriseAccount($input: RegisterEnterpriseAccountInput!) {\n    registerEnterpriseAccount(input: $input) {\n      id\n      status\n      enterpriseName\n      creditCode\n      applicantName\n      applicantMobile\n      createdAt\n    }\n  }\n": types.RegisterEnterpriseAccountDocument,
    "\n  query MyEnterpriseClaim {\n    myEnterpriseClaim {\n      id\n      status\n      enterpriseName\n      creditCode\n      rejectionReason\n      createdAt\n      decidedAt\n    }\n  }\n": types.MyEnterpriseClaimDocument,
    "\n  query MyEnterprise {\n    myEnterprise {\n      id\n      name\n      creditCode\n      legalRepresentative\n      industry\n      scale\n      status\n      address\n      gridPath\n      contactName\n      contactPhone\n      updatedAt\n      version\n    }\n  }\n": types.MyEnterpriseDocument,
    "\n  mutation UpdateMyEnterpriseContact($input: EnterpriseContactInput!, $version: Int!) {\n    updateMyEnterpriseContact(input: $input, version: $version) {\n      id\n      name\n      creditCode\n      legalRepresentative\n      industry\n      scale\n      status\n      address\n      gridPath\n      contactName\n      contactPhone\n      updatedAt\n      version\n    }\n  }\n": types.UpdateMyEnterpriseContactDocument,
    "\n  query MyEnterpriseAccounts {\n    myEnterpriseAccounts {\n      id\n      username\n      displayName\n      mobile\n      manager\n      active\n    }\n  }\n": types.MyEnterpriseAccountsDocument,
    "\n  mutation SetEnterpriseAccountActive($userId: ID!, $active: Boolean!) {\n    setEnterpriseAccountActive(userId: $userId, active: $active) {\n      id\n      username\n      displayName\n      mobile\n      manager\n      active\n    }\n  }\n": types.SetEnterpriseAccountActiveDocument,
    "\n  query MyCase($id: ID!) {\n    myCase(id: $id) {\n      id\n      trackingNo\n      queryCode\n      kind\n      category\n      channel\n      title\n      content\n      state\n      version\n      submittedAt\n      acceptedAt\n      repliedAt\n      closedAt\n      enterpriseId\n      enterpriseName\n      submitterName\n      namedDepartmentName\n      misconductType\n      contactConsent\n      officeNote\n      replyResult\n      replyText\n      leadDepartmentName\n      assignments {\n        id\n        departmentId\n        departmentName\n        role\n      }\n      availableActions\n      evaluatedAt\n      evaluationSolved\n      evaluationSatisfaction\n      evaluationComment\n      duplicateOf {\n        id\n        trackingNo\n      }\n      promisedBy\n      attachments {\n        id\n        fileName\n        mimeType\n        size\n        thumbnail\n      }\n      timeline {\n        id\n        action\n        toState\n        occurredAt\n        publicNote\n        actorRole\n        actorName\n        attachments {\n          id\n          fileName\n          mimeType\n          size\n          thumbnail\n        }\n      }\n    }\n  }\n": types.MyCaseDocument,
    "\n  query CaseDepartments {\n    caseDepartments {\n      id\n      name\n    }\n  }\n": types.CaseDepartmentsDocument,
    "\n  query GridEnterprises($page: EnterprisePageArgs) {\n    gridEnterprises(page: $page) {\n      items {\n        id\n        name\n        creditCode\n        industry\n        scale\n        status\n        gridPath\n        contactName\n      }\n      nextCursor\n    }\n  }\n": types.GridEnterprisesDocument,
    "\n  query GridEnterprise($id: ID!) {\n    gridEnterprise(id: $id) {\n      id\n      name\n      creditCode\n      legalRepresentative\n      industry\n      scale\n      status\n      address\n      gridId\n      gridPath\n      contactName\n      contactPhone\n      createdAt\n      updatedAt\n      version\n    }\n  }\n": types.GridEnterpriseDocument,
    "\n  mutation UpdateGridEnterprise($id: ID!, $input: EnterpriseInput!, $version: Int!) {\n    updateGridEnterprise(id: $id, input: $input, version: $version) {\n      id\n      name\n      creditCode\n      legalRepresentative\n      industry\n      scale\n      status\n      address\n      gridId\n      gridPath\n      contactName\n      contactPhone\n      createdAt\n      updatedAt\n      version\n    }\n  }\n": types.UpdateGridEnterpriseDocument,
    "\n  query PublicNotices($first: Int, $after: String) {\n    publicNotices(first: $first, after: $after) {\n      items {\n        id\n        title\n        publishedAt\n        items {\n          type\n        }\n      }\n      nextCursor\n    }\n  }\n": types.PublicNoticesDocument,
    "\n  query PublicNotice($id: ID!) {\n    publicNotice(id: $id) {\n      id\n      title\n      body\n      publishedAt\n      items {\n        type\n        subjectKind\n        departmentName\n        officialName\n        officialPost\n        decidedOn\n      }\n    }\n  }\n": types.PublicNoticeDocument,
    "\n  query PublicScorecard($period: ScorecardPeriodInput!) {\n    publicScorecard(period: $period) {\n      from\n      to\n      rankedCount\n      weights {\n        minSample\n      }\n      rows {\n        departmentId\n        departmentName\n        current {\n          assigned\n          signedOnTime {\n            numerator\n            denominator\n            rate\n          }\n          repliedOnTime {\n            numerator\n            denominator\n            rate\n          }\n          resolution {\n            numerator\n            denominator\n            rate\n          }\n          satisfaction {\n            numerator\n            denominator\n            rate\n          }\n          score\n          ranked\n          rank\n        }\n        previous {\n          rank\n        }\n      }\n    }\n  }\n": types.PublicScorecardDocument,
    "\n  query ServicePoints($keyword: String) {\n    servicePoints(keyword: $keyword) {\n      id\n      kind\n      name\n      address\n      phone\n      openingHours\n      services\n      gridPath\n    }\n  }\n": types.ServicePointsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      mobile\n      roles\n      mustChangePassword\n      organisationName\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      id\n      username\n      displayName\n      mobile\n      roles\n      mustChangePassword\n      organisationName\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
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
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      id\n      username\n      displayName\n      mobile\n      roles\n      mustChangePassword\n      organisationName\n    }\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCases($page: CasePageArgs, $withTotal: Boolean!) {\n    myCases(page: $page) {\n      items {\n        id\n        trackingNo\n        kind\n        category\n        channel\n        title\n        state\n        submittedAt\n        enterpriseName\n      }\n      nextCursor\n      totalCount @include(if: $withTotal)\n      totalCountCapped @include(if: $withTotal)\n    }\n  }\n"): typeof import('./graphql').MyCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCase($input: SubmitCaseInput!) {\n    submitCase(input: $input) {\n      id\n      trackingNo\n      queryCode\n    }\n  }\n"): typeof import('./graphql').SubmitCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadAttachment($input: UploadAttachmentInput!) {\n    uploadAttachment(input: $input) {\n      id\n      fileName\n      mimeType\n      size\n      thumbnail\n    }\n  }\n"): typeof import('./graphql').UploadAttachmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupplementCase($id: ID!, $version: Int!, $input: SupplementCaseInput!) {\n    supplementCase(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').SupplementCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawCase($id: ID!, $version: Int!, $reason: String) {\n    withdrawCase(id: $id, version: $version, reason: $reason) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').WithdrawCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvaluateCase($id: ID!, $version: Int!, $input: EvaluateCaseInput!) {\n    evaluateCase(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').EvaluateCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrackCase($trackingNo: String!, $queryCode: String!) {\n    trackCase(trackingNo: $trackingNo, queryCode: $queryCode) {\n      trackingNo\n      kind\n      category\n      state\n      submittedAt\n      timeline {\n        occurredAt\n        action\n        toState\n      }\n    }\n  }\n"): typeof import('./graphql').TrackCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConditionReportFields on ConditionReport {\n    id\n    month\n    operatingStatus\n    employees\n    outputValue\n    revenue\n    capacityUse\n    orderTrend\n    difficulties\n    submittedAt\n    submittedByName\n    revisions\n    version\n    cases {\n      id\n      trackingNo\n      title\n      state\n    }\n  }\n"): typeof import('./graphql').ConditionReportFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConditionReportForm($enterpriseId: ID, $month: String) {\n    conditionReportForm(enterpriseId: $enterpriseId, month: $month) {\n      enterpriseId\n      enterpriseName\n      month\n      dueDate\n      report {\n        ...ConditionReportFields\n      }\n      previous {\n        ...ConditionReportFields\n      }\n    }\n  }\n"): typeof import('./graphql').ConditionReportFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitConditionReport($input: ConditionReportInput!) {\n    submitConditionReport(input: $input) {\n      ...ConditionReportFields\n    }\n  }\n"): typeof import('./graphql').SubmitConditionReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaiseConditionDifficulty($reportId: ID!, $input: ConditionDifficultyInput!) {\n    raiseConditionDifficulty(reportId: $reportId, input: $input) {\n      id\n      trackingNo\n    }\n  }\n"): typeof import('./graphql').RaiseConditionDifficultyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridConditionEnterprises($filter: ConditionEnterpriseFilter!, $first: Int, $after: String) {\n    gridConditionEnterprises(filter: $filter, first: $first, after: $after) {\n      items {\n        id\n        name\n        address\n        gridName\n        status\n        latestStatus\n        latestMonth\n        reported\n        visitedOn\n      }\n      nextCursor\n    }\n  }\n"): typeof import('./graphql').GridConditionEnterprisesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConditionCoverage($month: String!) {\n    conditionCoverage(month: $month) {\n      enterprises\n      visited\n      visits\n      reported\n    }\n  }\n"): typeof import('./graphql').ConditionCoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordConditionVisit($input: ConditionVisitInput!) {\n    recordConditionVisit(input: $input) {\n      id\n      enterpriseId\n      enterpriseName\n      visitedOn\n      findings\n      reportId\n      photos {\n        id\n        fileName\n        thumbnail\n      }\n    }\n  }\n"): typeof import('./graphql').RecordConditionVisitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterEnterpriseAccount($input: RegisterEnterpriseAccountInput!) {\n    registerEnterpriseAccount(input: $input) {\n      id\n      status\n      enterpriseName\n      creditCode\n      applicantName\n      applicantMobile\n      createdAt\n    }\n  }\n"): typeof import('./graphql').RegisterEnterpriseAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyEnterpriseClaim {\n    myEnterpriseClaim {\n      id\n      status\n      enterpriseName\n      creditCode\n      rejectionReason\n      createdAt\n      decidedAt\n    }\n  }\n"): typeof import('./graphql').MyEnterpriseClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyEnterprise {\n    myEnterprise {\n      id\n      name\n      creditCode\n      legalRepresentative\n      industry\n      scale\n      status\n      address\n      gridPath\n      contactName\n      contactPhone\n      updatedAt\n      version\n    }\n  }\n"): typeof import('./graphql').MyEnterpriseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyEnterpriseContact($input: EnterpriseContactInput!, $version: Int!) {\n    updateMyEnterpriseContact(input: $input, version: $version) {\n      id\n      name\n      creditCode\n      legalRepresentative\n      industry\n      scale\n      status\n      address\n      gridPath\n      contactName\n      contactPhone\n      updatedAt\n      version\n    }\n  }\n"): typeof import('./graphql').UpdateMyEnterpriseContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyEnterpriseAccounts {\n    myEnterpriseAccounts {\n      id\n      username\n      displayName\n      mobile\n      manager\n      active\n    }\n  }\n"): typeof import('./graphql').MyEnterpriseAccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetEnterpriseAccountActive($userId: ID!, $active: Boolean!) {\n    setEnterpriseAccountActive(userId: $userId, active: $active) {\n      id\n      username\n      displayName\n      mobile\n      manager\n      active\n    }\n  }\n"): typeof import('./graphql').SetEnterpriseAccountActiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCase($id: ID!) {\n    myCase(id: $id) {\n      id\n      trackingNo\n      queryCode\n      kind\n      category\n      channel\n      title\n      content\n      state\n      version\n      submittedAt\n      acceptedAt\n      repliedAt\n      closedAt\n      enterpriseId\n      enterpriseName\n      submitterName\n      namedDepartmentName\n      misconductType\n      contactConsent\n      officeNote\n      replyResult\n      replyText\n      leadDepartmentName\n      assignments {\n        id\n        departmentId\n        departmentName\n        role\n      }\n      availableActions\n      evaluatedAt\n      evaluationSolved\n      evaluationSatisfaction\n      evaluationComment\n      duplicateOf {\n        id\n        trackingNo\n      }\n      promisedBy\n      attachments {\n        id\n        fileName\n        mimeType\n        size\n        thumbnail\n      }\n      timeline {\n        id\n        action\n        toState\n        occurredAt\n        publicNote\n        actorRole\n        actorName\n        attachments {\n          id\n          fileName\n          mimeType\n          size\n          thumbnail\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseDepartments {\n    caseDepartments {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CaseDepartmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridEnterprises($page: EnterprisePageArgs) {\n    gridEnterprises(page: $page) {\n      items {\n        id\n        name\n        creditCode\n        industry\n        scale\n        status\n        gridPath\n        contactName\n      }\n      nextCursor\n    }\n  }\n"): typeof import('./graphql').GridEnterprisesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridEnterprise($id: ID!) {\n    gridEnterprise(id: $id) {\n      id\n      name\n      creditCode\n      legalRepresentative\n      industry\n      scale\n      status\n      address\n      gridId\n      gridPath\n      contactName\n      contactPhone\n      createdAt\n      updatedAt\n      version\n    }\n  }\n"): typeof import('./graphql').GridEnterpriseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGridEnterprise($id: ID!, $input: EnterpriseInput!, $version: Int!) {\n    updateGridEnterprise(id: $id, input: $input, version: $version) {\n      id\n      name\n      creditCode\n      legalRepresentative\n      industry\n      scale\n      status\n      address\n      gridId\n      gridPath\n      contactName\n      contactPhone\n      createdAt\n      updatedAt\n      version\n    }\n  }\n"): typeof import('./graphql').UpdateGridEnterpriseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicNotices($first: Int, $after: String) {\n    publicNotices(first: $first, after: $after) {\n      items {\n        id\n        title\n        publishedAt\n        items {\n          type\n        }\n      }\n      nextCursor\n    }\n  }\n"): typeof import('./graphql').PublicNoticesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicNotice($id: ID!) {\n    publicNotice(id: $id) {\n      id\n      title\n      body\n      publishedAt\n      items {\n        type\n        subjectKind\n        departmentName\n        officialName\n        officialPost\n        decidedOn\n      }\n    }\n  }\n"): typeof import('./graphql').PublicNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicScorecard($period: ScorecardPeriodInput!) {\n    publicScorecard(period: $period) {\n      from\n      to\n      rankedCount\n      weights {\n        minSample\n      }\n      rows {\n        departmentId\n        departmentName\n        current {\n          assigned\n          signedOnTime {\n            numerator\n            denominator\n            rate\n          }\n          repliedOnTime {\n            numerator\n            denominator\n            rate\n          }\n          resolution {\n            numerator\n            denominator\n            rate\n          }\n          satisfaction {\n            numerator\n            denominator\n            rate\n          }\n          score\n          ranked\n          rank\n        }\n        previous {\n          rank\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PublicScorecardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServicePoints($keyword: String) {\n    servicePoints(keyword: $keyword) {\n      id\n      kind\n      name\n      address\n      phone\n      openingHours\n      services\n      gridPath\n    }\n  }\n"): typeof import('./graphql').ServicePointsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

import { Supervision1796720835240 } from './1796720835240-Supervision.js';
import { Scorecards1796740000000 } from './1796740000000-Scorecards.js';
import { Conditions1796750000000 } from './1796750000000-Conditions.js';
import { DispatchCatalogue1796710000000 } from './1796710000000-DispatchCatalogue.js';
import { AuditSealing1796524800000 } from './1796524800000-AuditSealing.js';
import { SignInHardening1796530000000 } from './1796530000000-SignInHardening.js';
import { Exports1796610000000 } from './1796610000000-Exports.js';
import { AuditExport1796620000000 } from './1796620000000-AuditExport.js';
import { Jobs1796520441850 } from './1796520441850-Jobs.js';
import { InboxDeadlineOrder1795775051298 } from './1795775051298-InboxDeadlineOrder.js';
import { Cases1795767504648 } from './1795767504648-Cases.js';
import { Directory1795760348522 } from './1795760348522-Directory.js';
import { CaseAssignments1796700000000 } from './1796700000000-CaseAssignments.js';
import { AssignmentDueOrder1796720000000 } from './1796720000000-AssignmentDueOrder.js';
import { Accountability1796730000000 } from './1796730000000-Accountability.js';
import { Inspections1796760000000 } from './1796760000000-Inspections.js';
import { ConditionStats1796780000000 } from './1796780000000-ConditionStats.js';
import { InspectionPhotos1796790000000 } from './1796790000000-InspectionPhotos.js';
import { RectificationWarnings1796790000001 } from './1796790000001-RectificationWarnings.js';
import { MonthlyReport1796800000000 } from './1796800000000-MonthlyReport.js';
import { RectificationPages1796830000000 } from './1796830000000-RectificationPages.js';
import { EnterpriseNameGrams1796850000000 } from './1796850000000-EnterpriseNameGrams.js';
import { DropEnterpriseNameTrigrams1796850000001 } from './1796850000001-DropEnterpriseNameTrigrams.js';
import { ConditionReporting1796860000000 } from './1796860000000-ConditionReporting.js';
import { ConditionVisitStat1796860000001 } from './1796860000001-ConditionVisitStat.js';
import { ConditionTrendStat1796860000002 } from './1796860000002-ConditionTrendStat.js';
import type { MigrationInterface } from 'typeorm';
import { Foundation1795758143796 } from './1795758143796-Foundation.js';

type MigrationClass = new () => MigrationInterface;

// Every migration, in order. `npm run migration:generate -- Name` adds new ones here.
export const MIGRATIONS: MigrationClass[] = [
  Foundation1795758143796,
  Directory1795760348522,
  Cases1795767504648,
  InboxDeadlineOrder1795775051298,
  Jobs1796520441850,
  AuditSealing1796524800000,
  SignInHardening1796530000000,
  Exports1796610000000,
  AuditExport1796620000000,
  CaseAssignments1796700000000,
  DispatchCatalogue1796710000000,
  AssignmentDueOrder1796720000000,
  Supervision1796720835240,
  Accountability1796730000000,
  Scorecards1796740000000,
  Conditions1796750000000,
  Inspections1796760000000,
  ConditionStats1796780000000,
  InspectionPhotos1796790000000,
  RectificationWarnings1796790000001,
  MonthlyReport1796800000000,
  RectificationPages1796830000000,
  EnterpriseNameGrams1796850000000,
  DropEnterpriseNameTrigrams1796850000001,
  ConditionReporting1796860000000,
  ConditionVisitStat1796860000001,
  ConditionTrendStat1796860000002,
];

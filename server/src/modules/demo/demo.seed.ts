import { Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  CREDIT_CODE_ALPHABET,
  makeCreditCode,
  type EnterpriseScale,
  type EnterpriseStatus,
  type IndustrySection,
  type ServicePointKind,
} from '@gridbridge/shared';
import { hashPassword } from '../auth/index.js';
import {
  DEPARTMENT_INSERT,
  ENTERPRISE_INSERT,
  GRID_INSERT,
  SERVICE_POINT_INSERT,
} from '../directory/index.js';
import {
  CELL_ORDINALS,
  CENTRE_HOURS,
  CLOSED_SHARE,
  COMPANY_SCALES,
  DEMO_ACCOUNTS,
  DEMO_BUREAUS,
  DEMO_DIVISION_CODE,
  DEMO_ENTERPRISE,
  DEMO_ENTERPRISE_COUNT,
  DEMO_PASSWORD,
  DEMO_STREETS,
  ENTERPRISE_TEMPLATES,
  GIVEN_NAME_CHARACTERS,
  MOBILE_PREFIXES,
  SERVICE_POINT_SERVICES,
  STATION_HOURS,
  SURNAMES,
  TRADE_NAMES,
  type DemoDepartment,
} from './demo-data.js';
import { seedDemoCases } from './demo-cases.js';
import { recountAll } from '../scorecards/index.js';
import { seedDemoCatalogue } from './demo-dispatch.js';
import { seedDemoAccountability } from './demo-accountability.js';
import { seedDemoRectificationWarnings, seedDemoSupervision } from './demo-supervision.js';
import { seedDemoConditions } from './demo-conditions.js';
import { seedDemoInspections } from './demo-inspections.js';
import { prng } from './demo-random.js';
import { decodeRows, int, text } from '../../database/rows.js';

export interface DemoGrid {
  code: string;
  name: string;
  level: 1 | 2 | 3;
  parentCode: string | null;
}

export interface DemoServicePoint {
  gridCode: string;
  kind: ServicePointKind;
  name: string;
  address: string;
  phone: string;
  openingHours: string;
  services: string[];
}

export interface DemoEnterprise {
  name: string;
  creditCode: string;
  legalRepresentative: string;
  industry: IndustrySection;
  scale: EnterpriseScale;
  status: EnterpriseStatus;
  address: string;
  gridCode: string;
  contactName: string;
  contactPhone: string;
  /** created_at is this long before the load, so that the district always looks current. */
  ageSeconds: number;
}

export interface DemoDistrict {
  departments: DemoDepartment[];
  grids: DemoGrid[];
  servicePoints: DemoServicePoint[];
  enterprises: DemoEnterprise[];
}

const DAY = 86_400;

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * The whole demo district as plain data. Each kind of row draws from its own random stream, so
 * that changing, say, the service lists does not reshuffle every enterprise.
 */
export function buildDemoDistrict(): DemoDistrict {
  const departments: DemoDepartment[] = [
    ...DEMO_BUREAUS,
    ...DEMO_STREETS.map((street): DemoDepartment => ({
      name: street.office,
      shortName: street.name,
      kind: 'STREET_OFFICE',
      contactPhone: street.officePhone,
    })),
  ];

  const pointRandom = prng(0x4101_0801);
  const enterpriseRandom = prng(0x4101_0802);
  const grids: DemoGrid[] = [];
  const servicePoints: DemoServicePoint[] = [];
  /** Level-3 grids with what an enterprise address there looks like. */
  const cells: { code: string; address: () => string }[] = [];
  for (const street of DEMO_STREETS) {
    grids.push({ code: street.code, name: street.name, level: 1, parentCode: null });
    servicePoints.push({
      gridCode: street.code,
      kind: 'CENTRE',
      name: `${street.name}便民服务中心`,
      address: street.centreAddress,
      phone: `0371-6${pointRandom.digits(7)}`,
      openingHours: CENTRE_HOURS,
      services: pointRandom.sample(SERVICE_POINT_SERVICES, pointRandom.int(5, 6)),
    });
    street.communities.forEach((community, c) => {
      const code = `${street.code}${pad2(c + 1)}`;
      const village = community.name.endsWith('村');
      grids.push({ code, name: community.name, level: 2, parentCode: street.code });
      servicePoints.push({
        gridCode: code,
        kind: 'STATION',
        name: `${community.name}便民服务站`,
        address: village
          ? `郑州市惠济区${street.name}${community.name}村委会院内`
          : `郑州市惠济区${pointRandom.pick(street.roads)}${pointRandom.int(1, 300)}号${community.name}党群服务中心一楼`,
        phone: `0371-6${pointRandom.digits(7)}`,
        openingHours: pointRandom.pick(STATION_HOURS),
        services: pointRandom.sample(SERVICE_POINT_SERVICES, pointRandom.int(3, 5)),
      });
      for (let i = 0; i < community.cells; i++) {
        const cellCode = `${code}${pad2(i + 1)}`;
        grids.push({
          code: cellCode,
          name: `${community.name}${CELL_ORDINALS[i]}`,
          level: 3,
          parentCode: code,
        });
        cells.push({
          code: cellCode,
          address: () =>
            village && enterpriseRandom.next() < 0.6
              ? `郑州市惠济区${street.name}${community.name}${enterpriseRandom.int(1, 12)}组${enterpriseRandom.int(1, 99)}号`
              : `郑州市惠济区${enterpriseRandom.pick(street.roads)}${enterpriseRandom.int(1, 399)}号`,
        });
      }
    });
  }

  const names = new Set<string>([DEMO_ENTERPRISE.name]);
  const creditCodes = new Set<string>([DEMO_ENTERPRISE.creditCode]);
  const mobiles = new Set<string>([DEMO_ENTERPRISE.contactPhone]);
  const person = () => {
    const given = enterpriseRandom.sample(GIVEN_NAME_CHARACTERS, enterpriseRandom.next() < 0.7 ? 2 : 1);
    if (enterpriseRandom.next() < 0.5) given.reverse();
    return enterpriseRandom.pick(SURNAMES) + given.join('');
  };
  const unique = (taken: Set<string>, make: () => string) => {
    let value = make();
    while (taken.has(value)) value = make();
    taken.add(value);
    return value;
  };

  const enterprises: DemoEnterprise[] = [
    {
      name: DEMO_ENTERPRISE.name,
      creditCode: DEMO_ENTERPRISE.creditCode,
      legalRepresentative: DEMO_ENTERPRISE.legalRepresentative,
      industry: DEMO_ENTERPRISE.industry,
      scale: DEMO_ENTERPRISE.scale,
      status: 'ACTIVE',
      address: DEMO_ENTERPRISE.address,
      gridCode: DEMO_ENTERPRISE.grid,
      contactName: DEMO_ENTERPRISE.contactName,
      contactPhone: DEMO_ENTERPRISE.contactPhone,
      ageSeconds: DEMO_ENTERPRISE.ageDays * DAY,
    },
  ];
  for (let i = 0; enterprises.length < DEMO_ENTERPRISE_COUNT; i++) {
    // The first pass visits every cell once, so that no grid cell of the district is empty.
    const cell = i < cells.length ? cells[i] : enterpriseRandom.pick(cells);
    const template = enterpriseRandom.weighted(ENTERPRISE_TEMPLATES);
    // “王记烩面馆” is named after its owner, so a name already taken means another owner too.
    let legalRepresentative = '';
    const name = unique(names, () => {
      legalRepresentative = person();
      return template.pattern
        .replace('{z}', enterpriseRandom.pick(TRADE_NAMES))
        .replace('{s}', legalRepresentative[0]);
    });
    // 9 = market regulation; 1 company, 2 individual business; then the 9-character 主体标识码,
    // which since 2015 starts with MA.
    const creditCode = unique(creditCodes, () =>
      makeCreditCode(
        `9${template.individual ? 2 : 1}${DEMO_DIVISION_CODE}MA${Array.from({ length: 7 }, () =>
          enterpriseRandom.pick([...CREDIT_CODE_ALPHABET]),
        ).join('')}`,
      ),
    );
    enterprises.push({
      name,
      creditCode,
      legalRepresentative,
      industry: template.industry,
      scale: template.individual ? 'INDIVIDUAL' : enterpriseRandom.weighted(COMPANY_SCALES).scale,
      status: 'ACTIVE',
      address: cell.address(),
      gridCode: cell.code,
      // The owner answers for an individual business; companies usually name somebody in the office.
      contactName: template.individual || enterpriseRandom.next() < 0.3 ? legalRepresentative : person(),
      contactPhone: unique(
        mobiles,
        () => enterpriseRandom.pick(MOBILE_PREFIXES) + enterpriseRandom.digits(8),
      ),
      ageSeconds: enterpriseRandom.int(DAY, 730 * DAY),
    });
  }
  // An exact share rather than a coin per enterprise, so that the status filter shows a stable count.
  const closed = Math.round(CLOSED_SHARE * DEMO_ENTERPRISE_COUNT);
  // The walkthrough enterprise (first) stays open.
  for (const enterprise of enterpriseRandom.sample(enterprises.slice(1), closed))
    enterprise.status = 'CLOSED';
  return { departments, grids, servicePoints, enterprises };
}

/** Runs an INSERT … RETURNING 1 and answers how many rows it added. */
async function inserted(manager: EntityManager, sql: string, parameters: unknown[]): Promise<number> {
  const [{ count }] = decodeRows(
    await manager.query(
      `WITH inserted AS (${sql} RETURNING 1) SELECT count(*)::int AS count FROM inserted`,
      parameters,
    ),
    { count: int },
  );
  return count;
}

const column = <T, K extends keyof T>(rows: readonly T[], key: K) => rows.map((row) => row[key]);

/**
 * Loads the demo district. Idempotent: every row is keyed on a natural unique value (service
 * points, which have none, on grid and name), so a second run adds nothing. One multi-row INSERT
 * per table keeps the load well under a second besides the single password hash.
 */
export async function seedDemo(manager: EntityManager, now: Date): Promise<void> {
  const { departments, grids, servicePoints, enterprises } = buildDemoDistrict();

  const added = {
    departments: 0,
    grids: 0,
    servicePoints: 0,
    enterprises: 0,
    accounts: 0,
    matters: 0,
    cases: 0,
    accountability: 0,
    supervision: 0,
    conditionReports: 0,
    inspectionFindings: 0,
  };
  added.departments = await inserted(
    manager,
    `INSERT INTO ${DEPARTMENT_INSERT}
     SELECT *, $5::timestamptz, $5::timestamptz FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
     ON CONFLICT (name) DO NOTHING`,
    [
      column(departments, 'name'),
      column(departments, 'shortName'),
      column(departments, 'kind'),
      column(departments, 'contactPhone'),
      now,
    ],
  );

  // Level by level, because a grid's path extends its parent's, which must be stored first.
  for (const level of [1, 2, 3]) {
    const ofLevel = grids.filter((grid) => grid.level === level);
    added.grids += await inserted(
      manager,
      `INSERT INTO ${GRID_INSERT}
       SELECT g.id, g.name, g.code, $4, parent.id, coalesce(parent.path, '{}') || g.id, $5, $5
         FROM (SELECT gen_random_uuid() AS id, u.*
                 FROM unnest($1::text[], $2::text[], $3::text[]) AS u(name, code, parent_code)) AS g
         LEFT JOIN grid parent ON parent.code = g.parent_code
       ON CONFLICT (code) DO NOTHING`,
      [column(ofLevel, 'name'), column(ofLevel, 'code'), column(ofLevel, 'parentCode'), level, now],
    );
  }

  added.servicePoints = await inserted(
    manager,
    `INSERT INTO ${SERVICE_POINT_INSERT}
     SELECT g.id, p.kind, p.name, p.address, p.phone, p.opening_hours, string_to_array(p.services, '|'), $8, $8
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
              AS p(grid_code, kind, name, address, phone, opening_hours, services)
       JOIN grid g ON g.code = p.grid_code
      WHERE NOT EXISTS (SELECT 1 FROM service_point s WHERE s.grid_id = g.id AND s.name = p.name)`,
    [
      column(servicePoints, 'gridCode'),
      column(servicePoints, 'kind'),
      column(servicePoints, 'name'),
      column(servicePoints, 'address'),
      column(servicePoints, 'phone'),
      column(servicePoints, 'openingHours'),
      servicePoints.map((point) => point.services.join('|')),
      now,
    ],
  );

  added.enterprises = await inserted(
    manager,
    `INSERT INTO ${ENTERPRISE_INSERT}
     SELECT e.name, e.credit_code, e.legal_representative, e.industry, e.scale, e.status, e.address,
            g.id, g.path, e.contact_name, e.contact_phone, e.created_at, e.created_at
       FROM (SELECT u.*, $12::timestamptz - make_interval(secs => u.age_seconds) AS created_at
               FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                           $8::text[], $9::text[], $10::text[], $11::int[])
                      AS u(name, credit_code, legal_representative, industry, scale, status, address,
                           grid_code, contact_name, contact_phone, age_seconds)) AS e
       JOIN grid g ON g.code = e.grid_code
     ON CONFLICT (credit_code) DO NOTHING`,
    [
      column(enterprises, 'name'),
      column(enterprises, 'creditCode'),
      column(enterprises, 'legalRepresentative'),
      column(enterprises, 'industry'),
      column(enterprises, 'scale'),
      column(enterprises, 'status'),
      column(enterprises, 'address'),
      column(enterprises, 'gridCode'),
      column(enterprises, 'contactName'),
      column(enterprises, 'contactPhone'),
      column(enterprises, 'ageSeconds'),
      now,
    ],
  );

  // Argon2 is the slow part of the load: hash once, and only if some account is missing.
  const usernames = DEMO_ACCOUNTS.map((account) => account.username);
  const existing = decodeRows(
    await manager.query('SELECT username FROM app_user WHERE username = ANY($1)', [usernames]),
    { username: text },
  );
  if (existing.length < DEMO_ACCOUNTS.length) {
    added.accounts = await inserted(
      manager,
      `INSERT INTO app_user (username, display_name, mobile, email, password_hash, roles,
                             department_id, grid_id, enterprise_id, enterprise_manager, created_at, updated_at)
       SELECT a.username, a.display_name, a.mobile, a.email, $9, string_to_array(a.roles, ','),
              d.id, g.id, e.id, a.enterprise_manager, $11, $11
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                     $8::boolean[], $10::text[])
                AS a(username, display_name, mobile, roles, department, grid_code, credit_code, enterprise_manager,
                     email)
         LEFT JOIN department d ON d.name = a.department
         LEFT JOIN grid g ON g.code = a.grid_code
         LEFT JOIN enterprise e ON e.credit_code = a.credit_code
       ON CONFLICT (username) DO NOTHING`,
      [
        usernames,
        DEMO_ACCOUNTS.map((account) => account.displayName),
        DEMO_ACCOUNTS.map((account) => account.mobile),
        DEMO_ACCOUNTS.map((account) => account.roles.join(',')),
        DEMO_ACCOUNTS.map((account) => account.department ?? null),
        DEMO_ACCOUNTS.map((account) => account.grid ?? null),
        DEMO_ACCOUNTS.map((account) => account.enterprise?.creditCode ?? null),
        DEMO_ACCOUNTS.map((account) => account.enterprise?.manager ?? false),
        await hashPassword(DEMO_PASSWORD),
        DEMO_ACCOUNTS.map((account) => account.email ?? null),
        now,
      ],
    );
  }

  added.matters = await seedDemoCatalogue(manager, now);
  added.cases = await seedDemoCases(manager, column(enterprises, 'creditCode'), now);
  added.accountability = await seedDemoAccountability(manager, now);
  added.supervision = await seedDemoSupervision(manager, now);
  added.conditionReports = await seedDemoConditions(manager, now);
  added.inspectionFindings = await seedDemoInspections(manager, now);
  if (added.inspectionFindings > 0) await seedDemoRectificationWarnings(manager, now);
  // The demo writes its year of history straight to the timeline: the scorecards count it all at once.
  if (added.cases > 0) await recountAll(manager);

  const logger = new Logger('Demo');
  if (Object.values(added).every((count) => count === 0)) {
    logger.log('Demo district already loaded');
  } else {
    logger.log(
      `Demo district loaded: ${added.departments} departments, ${added.grids} grids, ` +
        `${added.servicePoints} service points, ${added.enterprises} enterprises, ` +
        `${added.accounts} accounts (password ${DEMO_PASSWORD}), ${added.matters} catalogue matters, ${added.cases} cases, ` +
        `${added.accountability} accountability records`,
      `${added.supervision} supervision items and notices`,
      `${added.conditionReports} condition reports`,
      `${added.inspectionFindings} inspection findings`,
    );
  }
}

import type { Viewer } from '../../common/gql-context.js';

/**
 * Cases of enterprises in a grid subtree, as a condition on `c` alone: the case list can then
 * pick its page from case_file before it joins anything.
 */
export function inGrid(placeholder: string): string {
  return `c.enterprise_id IN (SELECT id FROM enterprise WHERE grid_path @> ARRAY[${placeholder}::uuid])`;
}

/**
 * The cases a viewer may see, as a SQL condition on `c` (case_file): the office sees every case; a
 * department those holding an assignment for it — lead or co-handling, running or done, returned
 * ones included as the record of its own work — and never a complaint that names it, even if it
 * was assigned one; an enterprise only its own; a
 * grid head those of enterprises in their grid subtree; nobody else any (docs/roles-and-scope.md).
 * `add` appends a parameter and returns its placeholder.
 */
export function caseScope(viewer: Viewer, add: (value: unknown) => string): string {
  const roles = new Set(viewer.roles);
  if (roles.has('OFFICE_STAFF') || roles.has('OFFICE_LEADER')) return 'TRUE';
  const conditions: string[] = [];
  if ((roles.has('DEPT_STAFF') || roles.has('DEPT_LEADER')) && viewer.departmentId) {
    const department = add(viewer.departmentId);
    // case_assignment_department_idx (department_id, case_id) answers the subquery from the index alone.
    conditions.push(
      `(c.id IN (SELECT a.case_id FROM case_assignment a WHERE a.department_id = ${department}::uuid)
        AND (c.kind <> 'COMPLAINT' OR c.named_department_id IS DISTINCT FROM ${department}::uuid))`,
    );
  }
  if (roles.has('ENTERPRISE') && viewer.enterpriseId) {
    conditions.push(`c.enterprise_id = ${add(viewer.enterpriseId)}::uuid`);
  }
  if (roles.has('GRID_HEAD') && viewer.gridId) {
    conditions.push(inGrid(add(viewer.gridId)));
  }
  return conditions.length > 0 ? `(${conditions.join(' OR ')})` : 'FALSE';
}

/** A parameter list with a `$n` placeholder maker, for SQL built from optional parts. */
export function sqlParams(initial: unknown[] = []) {
  const params = [...initial];
  const add = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  return { params, add };
}

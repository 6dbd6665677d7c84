import { computed, shallowRef } from 'vue';
import { defineStore } from 'pinia';
import { fetchDepartments } from '@/api/departments';
import { fetchGridOptions } from '@/api/grids';
import type { DepartmentFieldsFragment } from '@/gql/graphql';
import type { GridOption } from '@/utils/grid-tree';

/**
 * The active grids and departments that pickers offer, loaded once per session and again after
 * the administrator changes them.
 */
export const useDirectoryStore = defineStore('directory', () => {
  const grids = shallowRef<GridOption[]>([]);
  const departments = shallowRef<DepartmentFieldsFragment[]>([]);
  let gridsLoaded: Promise<void> | null = null;
  let departmentsLoaded: Promise<void> | null = null;

  const gridById = computed(() => new Map(grids.value.map((grid) => [grid.id, grid])));

  /** Resolves once the grids are there; a failure lets the next call try again. */
  function loadGrids(): Promise<void> {
    gridsLoaded ??= fetchGridOptions().then(
      (list) => {
        grids.value = list;
      },
      (error: unknown) => {
        gridsLoaded = null;
        throw error;
      },
    );
    return gridsLoaded;
  }

  function loadDepartments(): Promise<void> {
    departmentsLoaded ??= fetchDepartments().then(
      (list) => {
        departments.value = list;
      },
      (error: unknown) => {
        departmentsLoaded = null;
        throw error;
      },
    );
    return departmentsLoaded;
  }

  function invalidateGrids(): void {
    gridsLoaded = null;
  }

  function invalidateDepartments(): void {
    departmentsLoaded = null;
  }

  return {
    grids,
    gridById,
    departments,
    loadGrids,
    loadDepartments,
    invalidateGrids,
    invalidateDepartments,
  };
});

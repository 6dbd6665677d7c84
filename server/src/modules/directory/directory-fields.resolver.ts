import { Field, ID, Int, ObjectType, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../common/gql-context.js';
import { EnterpriseType, GridType, ServicePointType } from './directory.types.js';

@ObjectType('GridHead')
export class GridHeadType {
  @Field(() => ID) id: string;
  @Field() displayName: string;
  @Field(() => String, { nullable: true }) mobile: string | null;
}

/** Names shown beside enterprises and service points, batched per request (no N+1). Both APIs. */
@Resolver(() => EnterpriseType)
export class EnterpriseFieldsResolver {
  @ResolveField(() => [String], {
    description: 'Grid names from the level-1 grid down to the enterprise’s cell',
  })
  gridPath(enterprise: EnterpriseType, _args: unknown, ctx: GqlContext): Promise<string[]> {
    return ctx.loaders.gridPath.load(enterprise.gridId);
  }
}

@Resolver(() => ServicePointType)
export class ServicePointFieldsResolver {
  @ResolveField(() => [String], { description: 'Grid names from the level-1 grid down to the one served' })
  gridPath(point: ServicePointType, _args: unknown, ctx: GqlContext): Promise<string[]> {
    return ctx.loaders.gridPath.load(point.gridId);
  }
}

/** Admin API only: what the grid tree screen shows per node. */
@Resolver(() => GridType)
export class GridFieldsResolver {
  @ResolveField(() => Int, { description: 'Enterprises in this grid and all grids below it' })
  enterpriseCount(grid: GridType, _args: unknown, ctx: GqlContext): Promise<number> {
    return ctx.loaders.gridEnterpriseCount.load(grid.id);
  }

  @ResolveField(() => [GridHeadType])
  heads(grid: GridType, _args: unknown, ctx: GqlContext): Promise<GridHeadType[]> {
    return ctx.loaders.gridHeads.load(grid.id);
  }
}

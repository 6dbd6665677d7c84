import 'reflect-metadata';
import { writeFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { ADMIN_RESOLVERS, PORTAL_RESOLVERS } from '../graphql/apis.js';

const HEADER = '# Generated from the server code by `npm run build -w server`; do not edit.\n\n';

/** Prints both API schemas as SDL; the committed files are what the apps' typed clients are generated from. */
export async function buildSchemas(): Promise<{ portal: string; admin: string }> {
  // No HTTP server: only the schema factory is needed.
  const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  const factory = app.get(GraphQLSchemaFactory);
  const print = async (resolvers: (typeof PORTAL_RESOLVERS)[number][] | (typeof ADMIN_RESOLVERS)[number][]) =>
    HEADER + printSchema(lexicographicSortSchema(await factory.create(resolvers)));
  const schemas = { portal: await print(PORTAL_RESOLVERS), admin: await print(ADMIN_RESOLVERS) };
  await app.close();
  return schemas;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = fileURLToPath(new URL('../../schema/', import.meta.url));
  const schemas = await buildSchemas();
  await mkdir(dir, { recursive: true });
  await writeFile(`${dir}portal.graphql`, schemas.portal);
  await writeFile(`${dir}admin.graphql`, schemas.admin);
  console.log(`GraphQL schemas written to ${dir}`);
}

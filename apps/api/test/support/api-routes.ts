import 'reflect-metadata';
import { type INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { type Role } from '@recordroom/people';
import { PUBLIC_KEY, ROLES_KEY } from '../../src/auth/roles.decorator.js';

/** One route handler of the running app, with the access metadata the AuthGuard reads. */
export interface ApiRoute {
  /** e.g. 'PATCH /api/staff/:id' */
  route: string;
  /** e.g. 'StaffController.update' */
  handler: string;
  roles: Role[] | undefined;
  isPublic: boolean;
}

/** The app's global prefix (create-app.ts). */
const PREFIX = 'api';

/** Every controller route of the app, found the way Nest's router finds them. */
export function apiRoutes(app: INestApplication): ApiRoute[] {
  const discovery = new DiscoveryService(app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  const reflector = new Reflector();
  const controllers = new Set(discovery.getControllers().flatMap((wrapper) => (wrapper.metatype ? [wrapper.metatype] : [])));
  return [...controllers].flatMap((controller) => {
    const prototype = (controller as { prototype: Record<string, unknown> }).prototype;
    return scanner.getAllMethodNames(prototype).flatMap((name): ApiRoute[] => {
      const handler = prototype[name] as (...args: unknown[]) => unknown;
      const paths = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
      if (paths === undefined) return [];
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
      const targets = [handler, controller];
      return [paths].flat().map((path) => ({
        route: `${method} ${joinPath(PREFIX, controllerPath(controller), path)}`,
        handler: `${controller.name}.${name}`,
        roles: reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets),
        isPublic: reflector.getAllAndOverride<boolean | undefined>(PUBLIC_KEY, targets) === true,
      }));
    });
  });
}

function controllerPath(controller: object): string {
  const paths = Reflect.getMetadata(PATH_METADATA, controller) as string | string[] | undefined;
  return [paths ?? ''].flat()[0] ?? '';
}

function joinPath(...parts: string[]): string {
  return `/${parts.flatMap((part) => part.split('/')).filter((segment) => segment !== '').join('/')}`;
}

import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { currentUserSchema, signInSchema, type CurrentUserDto, type SignInDto } from '@recordroom/contracts';
import { ROLES } from '@recordroom/people';
import { type Request, type Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { ApiZodBody, openApiSchema } from '../http/openapi-schema.js';
import { ZodValidationPipe } from '../http/zod-validation.pipe.js';
import { Actor } from './actor.decorator.js';
import { AuthService } from './auth.service.js';
import { clientAddressKey } from './client-address.js';
import { type CurrentUser } from './current-user.js';
import { Public, Roles } from './roles.decorator.js';
import { SESSION_COOKIE, sessionCookieOptions } from './session-cookie.js';
import { Clock } from '../time/clock.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  @Post('sign-in')
  @Public()
  @HttpCode(200)
  @ApiZodBody(signInSchema)
  @ApiOkResponse({ schema: { type: 'object', properties: { user: openApiSchema(currentUserSchema) } } })
  async signIn(@Body(new ZodValidationPipe(signInSchema)) body: SignInDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<{ user: CurrentUserDto }> {
    // request.ip is the socket's address, or X-Forwarded-For's when a proxy on loopback sent it (create-app.ts).
    const { token, user } = await this.auth.signIn(body.email, body.password, clientAddressKey(request.ip), this.clock.now());
    response.cookie(SESSION_COOKIE, token, sessionCookieOptions(this.config.secureCookies));
    return { user: await this.auth.describe(user) };
  }

  @Post('sign-out')
  @Roles(...ROLES)
  @HttpCode(204)
  async signOut(@Actor() user: CurrentUser, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    const token = (request.cookies as Record<string, string | undefined>)[SESSION_COOKIE] ?? '';
    await this.auth.signOut(token, user);
    response.clearCookie(SESSION_COOKIE, sessionCookieOptions(this.config.secureCookies));
  }

  @Get('me')
  @Roles(...ROLES)
  @ApiOkResponse({ schema: { type: 'object', properties: { user: openApiSchema(currentUserSchema) } } })
  async me(@Actor() user: CurrentUser): Promise<{ user: CurrentUserDto }> {
    return { user: await this.auth.describe(user) };
  }

}

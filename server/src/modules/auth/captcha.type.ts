import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Captcha', { description: 'A picture code (图形验证码) to answer with the next sign-in' })
export class CaptchaType {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The picture, as a data: URL (SVG) to show in an img element' })
  image: string;
}

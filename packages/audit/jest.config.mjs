import { jestConfig } from '@recordroom/config-jest';

export default jestConfig();

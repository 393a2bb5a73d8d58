import { jestConfig } from '@recordroom/config-jest';

// Unit tests of the dashboard's pure logic (indexes, formatting, query parsing): no DOM, no API.
export default jestConfig();

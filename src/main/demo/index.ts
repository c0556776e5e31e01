export { demoEndMonth, generateDemoStatements, type DemoOptions, type DemoStatements } from './generate-demo-statements';

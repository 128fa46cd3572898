/** Tests run in the manifest's time zone, whatever the machine's. */
process.env.TZ = 'Asia/Ho_Chi_Minh';
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      {
        tsconfig: {
          isolatedModules: true,
          module: 'CommonJS',
          moduleResolution: 'Node',
          target: 'ES2020',
          esModuleInterop: true,
          resolveJsonModule: true,
        },
      },
    ],
  },
  // saxen ships ESM behind its exports map; its CommonJS build is beside it.
  moduleNameMapper: { '^saxen$': '<rootDir>/node_modules/saxen/dist/index.cjs' },
  testTimeout: 60000,
};

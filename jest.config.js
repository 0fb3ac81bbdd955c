/** Unit and integration tests: domain code and src/excel against the simulated workbook. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: [
    "**/test/unit/**/*.test.ts",
    "**/test/integration/**/*.test.ts",
    "**/test/contract/**/*.test.ts",
  ],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx", isolatedModules: true } },
    ],
  },
};

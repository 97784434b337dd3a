// Integration and browser tests start real processes and run real jobs: allow them a minute
// or two (project-level testTimeout is not honoured in a multi-project config).
jest.setTimeout(120000);

// Deterministic tests: no colour codes in frames, UTC dates, and no CI flag leaking into Ink (it would render only the
// final frame). Each test that needs files gets its own temp directory from test/helpers.
process.env.FORCE_COLOR = '0';
process.env.TZ = 'UTC';
delete process.env.CI;
delete process.env.CONTINUOUS_INTEGRATION;

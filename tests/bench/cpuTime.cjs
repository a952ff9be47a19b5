// Loaded with `node --require` by the engine bench: as the process exits, it writes the CPU time
// it used (user + system, in microseconds, from its start) to file descriptor 3, which the bench reads.
process.on('exit', () => {
  const { userCPUTime, systemCPUTime } = process.resourceUsage();
  require('node:fs').writeSync(3, String(userCPUTime + systemCPUTime));
});

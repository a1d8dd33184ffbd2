// pg deprecates a second client.query() while one runs on the same client (pg 9 refuses it): a warning of that
// kind fails the run here instead of scrolling past as one line of the suite's output.
process.on('warning', (warning) => {
  if (warning.name === 'DeprecationWarning' && /client\.query\(\)/.test(warning.message)) throw warning;
});

// Stand-in for the `chromedriver` npm package (whose install script downloads a driver).
// tachometer only needs `import('chromedriver')` to succeed; selenium then finds the
// driver on PATH. We export the Debian driver's path like the real package does.
const path = process.env.CHROMEDRIVER_PATH || '/usr/bin/chromedriver';
module.exports = { path, version: 'system' };

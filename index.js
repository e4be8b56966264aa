// n8n loads this package's nodes and credentials from the "n8n" section of package.json;
// this file only gives the package an entry point.
module.exports = {};

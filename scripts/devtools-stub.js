// Stand-in for react-devtools-core, which Ink imports only in development; never called in the product.
export default {connectToDevTools() {}, initialize() {}};

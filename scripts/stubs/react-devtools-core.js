// Ink loads its React DevTools bridge only when DEV=true; the bundle never ships it.
export default { initialize() {}, connectToDevTools() {} };

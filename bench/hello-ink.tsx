// The benchmark's yardstick: the smallest Ink 6 app, bundled like kubetour, so first-frame
// budgets are relative to what Ink itself costs on this machine.
import { render, Text } from 'ink';

render(<Text>hello ink</Text>);
setTimeout(() => process.exit(0), 200);

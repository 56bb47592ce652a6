import { render } from 'preact';
import '../staff.css';
import './styles/frame.css';
import './styles/overview.css';
import './styles/tree.css';
import './styles/indicator.css';
import './styles/sick-leave.css';
import './styles/admin.css';
import './styles/contracts.css';
import './styles/imports.css';
import './styles/rounds.css';
import './styles/measured.css';
import './styles/instruments.css';
import { App } from './app';

render(<App />, document.getElementById('app')!);

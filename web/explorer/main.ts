// The explorer page's entry: find its elements, build the controller, connect the controls, start.
import '../shared/sourcePicker.css';
import './explorer.css';
import { wireControls } from './controls.ts';
import { explorerElements } from './elements.ts';
import { ExplorerController } from './explorer.ts';

const ui = explorerElements();
const explorer = new ExplorerController(ui, window.location, window.history);
wireControls(ui, explorer);
explorer.start();

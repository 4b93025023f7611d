// One chunk for the stage's state machine views: the full diagrams and the in-box badges.
export { default as MachineBadge } from './MachineBadge.tsx';
export { default as StateMachines } from './StateMachines.tsx';

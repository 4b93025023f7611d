// The sentences of what the engine's worker answers (a run's narration, a refusal, a reading of
// pasted PEM) are rendered on the page: their patterns register here as this module loads.
import '../../text/messages/engine-patterns.ts';
import '../../text/messages/settings-patterns.ts';

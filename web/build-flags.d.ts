/**
 * True in the single-file build (vite.single.config.ts), which the SCORM package carries; false
 * in the hosted build, from which the code behind it is left out (vite.config.ts `define`).
 */
declare const __WITH_SCORM__: boolean;

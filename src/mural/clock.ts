/** The MURAL adapter keeps time as the Miro adapter does (tests pass a clock that advances at once). */
export { realClock as realMuralClock, type Clock as MuralClock } from '../miro/clock';

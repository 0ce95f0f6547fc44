// The process map's choices, in the order the forms offer them: the contract's lists.
export { CADENCES, GROUP_KINDS, LAMP_POSITIONS } from '../../../../contract/map.ts';

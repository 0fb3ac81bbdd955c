// "Check register" now lives in src/domain/check (one module per rule); this keeps the old import path.
export { checkRegister, checkRegisters } from "./check";

// Every contract, in the order the Diagnostics view lists them (and the README's table). One file each.
import type { Contract } from "./contract";
import { propertyNotLoaded } from "./propertyNotLoaded";

export const CONTRACTS: readonly Contract[] = [propertyNotLoaded];

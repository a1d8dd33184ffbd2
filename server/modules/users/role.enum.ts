export { Role } from '../../core/identity';

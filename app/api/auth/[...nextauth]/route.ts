export { GET, POST } from '@/lib/platform/auth/route-handlers';

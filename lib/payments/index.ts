export * from './payment-providers.rules';

import { channelRoutingFrom, type ChannelRouting } from './channel-routing.rules';

let routing: ChannelRouting | undefined;

/** This installation's channel routing, read once from the environment (see channel-routing.rules.ts). */
export function channelRouting(): ChannelRouting {
  routing ??= channelRoutingFrom(process.env);
  return routing;
}

import { CHANNEL_METHODS } from '../shared/contract/channel-names'; console.log(CHANNEL_METHODS)

team add ÿþý

package cn.gov.oneseal.cockpit;

import jakarta.ws.rs.Path;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/** Serves the shared {@code app/ui.js} beside the plugin's own (empty) {@code app/plugin.js}. */
@Path("plugin/" + CommonAssetsPlugin.ID)
public class CommonAssetsRootResource extends AbstractCockpitPluginRootResource {

  public CommonAssetsRootResource() {
    super(CommonAssetsPlugin.ID);
    allowedAssets.add("app/ui.js");
  }
}

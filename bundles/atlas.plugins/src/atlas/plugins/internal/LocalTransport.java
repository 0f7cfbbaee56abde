package atlas.plugins.internal;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.equinox.internal.p2.repository.Transport;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.spi.IAgentServiceFactory;
import org.osgi.service.component.annotations.Component;

/**
 * How p2 reads a plugin's repository here: from a folder or a .zip on this computer or a share the
 * administrator chose, and from nowhere else. Equinox's own transport (over ECF) is not on Maven
 * Central, and a workstation holding patient records has no business fetching code from the
 * network on its own; p2 finds this one as its agent's transport service. Internal p2 API
 * ({@code org.eclipse.equinox.internal.p2.repository.Transport}): pinned with p2 4.33.
 */
@Component(service = IAgentServiceFactory.class, property = IAgentServiceFactory.PROP_CREATED_SERVICE_NAME + "="
        + LocalTransport.SERVICE)
public class LocalTransport implements IAgentServiceFactory {

    static final String SERVICE = "org.eclipse.equinox.internal.p2.repository.Transport";

    @Override
    public Object createService(IProvisioningAgent agent) {
        return new LocalFiles();
    }

    /** The transport itself: file: and jar:file: (a zipped repository) only. */
    static final class LocalFiles extends Transport {

        @Override
        public IStatus download(URI uri, OutputStream target, IProgressMonitor monitor) {
            try (InputStream in = stream(uri, monitor)) {
                in.transferTo(target);
                return Status.OK_STATUS;
            } catch (FileNotFoundException e) {
                return Status.error(uri + " is not there", e);
            } catch (IOException | CoreException e) {
                return Status.error(uri + " could not be read: " + e.getMessage(), e);
            }
        }

        @Override
        public InputStream stream(URI uri, IProgressMonitor monitor) throws FileNotFoundException, CoreException {
            local(uri);
            try {
                if ("file".equals(uri.getScheme())) {
                    return Files.newInputStream(Path.of(uri));
                }
                URLConnection connection = uri.toURL().openConnection();
                connection.setUseCaches(false); // a zip replaced by a newer build is read anew
                return connection.getInputStream();
            } catch (NoSuchFileException | FileNotFoundException e) {
                throw new FileNotFoundException(uri.toString());
            } catch (IOException e) {
                throw new CoreException(Status.error(uri + " could not be read: " + e.getMessage(), e));
            }
        }

        @Override
        public long getLastModified(URI uri, IProgressMonitor monitor) throws CoreException, FileNotFoundException {
            local(uri);
            try {
                if ("file".equals(uri.getScheme())) {
                    return Files.getLastModifiedTime(Path.of(uri)).toMillis();
                }
                URLConnection connection = uri.toURL().openConnection();
                connection.setUseCaches(false);
                try (InputStream probe = connection.getInputStream()) {
                    return connection.getLastModified();
                }
            } catch (NoSuchFileException | FileNotFoundException e) {
                throw new FileNotFoundException(uri.toString());
            } catch (IOException e) {
                throw new CoreException(Status.error(uri + " could not be read: " + e.getMessage(), e));
            }
        }

        private static void local(URI uri) throws CoreException {
            String scheme = uri.getScheme();
            boolean zipped = "jar".equals(scheme) && uri.getSchemeSpecificPart().startsWith("file:");
            if (!"file".equals(scheme) && !zipped) {
                throw new CoreException(Status.error("Atlas installs plugins from a folder or .zip only, not from " + uri));
            }
        }
    }
}
